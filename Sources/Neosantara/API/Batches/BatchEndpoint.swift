/// The operation every request of a batch calls, as the path below the server (`/v1/chat/completions`). The
/// gateway may add endpoints; any string decodes.
public struct BatchEndpoint: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `/v1/chat/completions`: each line's body is a ``ChatCompletionsRequest``.
    public static let chatCompletions = Self(rawValue: "/v1/chat/completions")
    /// `/v1/embeddings`: each line's body is an ``EmbeddingsRequest``.
    public static let embeddings = Self(rawValue: "/v1/embeddings")
    /// `/v1/completions`, the legacy text completions.
    public static let completions = Self(rawValue: "/v1/completions")
    /// `/v1/responses`.
    public static let responses = Self(rawValue: "/v1/responses")
}

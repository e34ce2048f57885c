/// The body of `POST /moderations`.
public struct ModerationsRequest: Codable, Hashable, Sendable {
    /// The text or texts to classify.
    public var input: TextInput
    /// The moderation model; the server's default (`text-moderation-latest`) when `nil`.
    public var model: String?

    /// Creates a request.
    public init(input: TextInput, model: String? = nil) {
        self.input = input
        self.model = model
    }
}

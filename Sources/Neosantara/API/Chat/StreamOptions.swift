/// Options for a streamed chat completion.
public struct StreamOptions: Codable, Hashable, Sendable {
    /// Whether the last chunk carries the token ``Usage`` (with empty `choices`).
    public var includeUsage: Bool?

    /// Creates stream options.
    public init(includeUsage: Bool? = nil) {
        self.includeUsage = includeUsage
    }

    enum CodingKeys: String, CodingKey {
        case includeUsage = "include_usage"
    }
}

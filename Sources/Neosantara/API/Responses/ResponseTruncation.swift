/// What the server does when a conversation is longer than the model's context window.
public struct ResponseTruncation: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Drop items from the middle of the conversation until it fits.
    public static let auto = Self(rawValue: "auto")
    /// Fail with a 400 error instead (the default).
    public static let disabled = Self(rawValue: "disabled")
}

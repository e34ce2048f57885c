/// How long the server has to finish a batch. The gateway may offer more windows; any string decodes.
public struct BatchCompletionWindow: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Twenty-four hours, the window every batch gets today.
    public static let hours24 = Self(rawValue: "24h")
}

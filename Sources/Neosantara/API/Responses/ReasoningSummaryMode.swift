/// How much of its reasoning a model summarises in a response's reasoning items.
public struct ReasoningSummaryMode: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The model chooses.
    public static let auto = Self(rawValue: "auto")
    /// A short summary.
    public static let concise = Self(rawValue: "concise")
    /// A thorough summary.
    public static let detailed = Self(rawValue: "detailed")
}

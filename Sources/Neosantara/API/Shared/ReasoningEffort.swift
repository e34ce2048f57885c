/// How hard a reasoning model thinks before it answers.
public struct ReasoningEffort: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// No reasoning.
    public static let none = Self(rawValue: "none")

    /// The least reasoning the model supports.
    public static let minimal = Self(rawValue: "minimal")

    /// Little reasoning.
    public static let low = Self(rawValue: "low")

    /// A balance of speed and depth.
    public static let medium = Self(rawValue: "medium")

    /// Deep reasoning.
    public static let high = Self(rawValue: "high")

    /// Deeper reasoning than `high`.
    public static let xhigh = Self(rawValue: "xhigh")

    /// The most reasoning the model supports.
    public static let max = Self(rawValue: "max")
}

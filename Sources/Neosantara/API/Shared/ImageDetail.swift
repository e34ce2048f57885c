/// How closely a vision model looks at an image.
public struct ImageDetail: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The model chooses.
    public static let auto = Self(rawValue: "auto")

    /// A low-resolution pass: faster and cheaper.
    public static let low = Self(rawValue: "low")

    /// A high-resolution pass.
    public static let high = Self(rawValue: "high")
}

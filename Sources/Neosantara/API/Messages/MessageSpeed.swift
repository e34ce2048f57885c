/// How fast the model answers (`speed`); any value decodes.
public struct MessageSpeed: OpenStringEnum {
    /// The wire spelling.
    public let rawValue: String

    /// Creates a speed from its wire spelling.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Faster output, where the model offers it.
    public static let fast = Self(rawValue: "fast")
    /// The usual speed.
    public static let standard = Self(rawValue: "standard")
}

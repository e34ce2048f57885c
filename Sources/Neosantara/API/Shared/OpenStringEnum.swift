/// A string value the server may extend: the SDK knows some values by name, and decodes any other.
///
/// Types such as ``FinishReason`` and ``Role`` conform to this protocol instead of being Swift enums,
/// so that a value a provider adds tomorrow decodes today:
///
/// ```swift
/// switch choice.finishReason {
/// case .stop?: print("done")
/// case .length?: print("cut short")
/// case let other?: print("stopped because", other.rawValue)
/// case nil: break
/// }
/// ```
public protocol OpenStringEnum: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String {
    /// Creates a value from its wire spelling; every string is accepted.
    init(rawValue: String)
}

extension OpenStringEnum {
    /// Creates a value from a string literal holding its wire spelling.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The wire spelling.
    public var description: String { rawValue }

    /// Decodes the wire spelling; any string is accepted.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire spelling.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

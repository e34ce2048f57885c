/// An API key, kept out of every description, dump and log.
///
/// Printing, interpolating or dumping an `APIKey` shows only that a key is set, never the key:
///
/// ```swift
/// let key: APIKey = "nsk_live_123"
/// print(key)   // APIKey(redacted)
/// ```
public struct APIKey: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The key itself; read it only to send it.
    let value: String

    /// Wraps a key.
    public init(_ value: String) {
        self.value = value
    }

    /// Wraps a key written as a literal.
    public init(stringLiteral value: String) {
        self.value = value
    }

    /// Reads the key from the environment variable `name`, or returns `nil` when it is unset or blank.
    public static func fromEnvironment(_ name: String = "NEOSANTARA_API_KEY") -> APIKey? {
        guard let value = Environment.value(of: name) else { return nil }
        return APIKey(value)
    }
}

extension APIKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `APIKey(redacted)`.
    public var description: String { "APIKey(redacted)" }
    /// `APIKey(redacted)`.
    public var debugDescription: String { description }
    /// A mirror with no children, so `dump` shows nothing of the key.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

/// How the server encodes embedding vectors on the wire. The SDK decodes both to `[Float]`.
public struct EmbeddingEncodingFormat: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A JSON array of numbers.
    public static let float = Self(rawValue: "float")

    /// Little-endian 32-bit floats in base64: about a quarter of the size, and faster to decode.
    public static let base64 = Self(rawValue: "base64")
}

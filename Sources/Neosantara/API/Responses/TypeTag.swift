/// The `type` member that tells the variants of a Responses API object apart.
enum TypeTag: String, CodingKey {
    case type

    /// The `type` of the object `decoder` holds, or `nil` when it is not an object or has no string `type`.
    static func of(_ decoder: any Decoder) -> String? {
        guard let container = try? decoder.container(keyedBy: TypeTag.self) else { return nil }
        return try? container.decodeIfPresent(String.self, forKey: .type)
    }

    /// Writes `type` into the object `encoder` is encoding, beside the members another encoding wrote.
    static func encode(_ type: String, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TypeTag.self)
        try container.encode(type, forKey: .type)
    }
}

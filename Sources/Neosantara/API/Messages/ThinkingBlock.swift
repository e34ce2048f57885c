/// A `thinking` content block: the model's reasoning before its answer, with the signature that lets it be
/// sent back in a later turn.
public struct ThinkingBlock: Codable, Hashable, Sendable {
    /// The reasoning.
    public var thinking: String
    /// The server's signature of the reasoning; send it back unchanged.
    public var signature: String

    /// Creates a thinking block.
    public init(thinking: String, signature: String = "") {
        self.thinking = thinking
        self.signature = signature
    }

    enum CodingKeys: String, CodingKey {
        case thinking, signature
    }

    /// Decodes a thinking block; a missing signature reads as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        thinking = try container.decode(String.self, forKey: .thinking)
        signature = try container.decodeIfPresent(String.self, forKey: .signature) ?? ""
    }
}

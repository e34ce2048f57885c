/// A piece of a content block in a Messages stream (`content_block_delta`'s `delta`).
public enum ContentBlockDelta: Hashable, Sendable {
    /// More text of a text block (`text_delta`).
    case text(String)
    /// More of a tool call's input, a piece of JSON text (`input_json_delta`'s `partial_json`).
    case inputJSON(String)
    /// More reasoning of a thinking block (`thinking_delta`).
    case thinking(String)
    /// The signature of a thinking block (`signature_delta`).
    case signature(String)
    /// A citation for a text block (`citations_delta`), as the server sent it.
    case citation(JSONValue)
    /// Any other delta, kept as its JSON object.
    case other(JSONValue)
}

extension ContentBlockDelta: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, text, thinking, signature, citation
        case partialJSON = "partial_json"
    }

    /// Decodes a delta by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .type) {
        case "text_delta": self = .text(try container.decode(String.self, forKey: .text))
        case "input_json_delta": self = .inputJSON(try container.decode(String.self, forKey: .partialJSON))
        case "thinking_delta": self = .thinking(try container.decode(String.self, forKey: .thinking))
        case "signature_delta": self = .signature(try container.decode(String.self, forKey: .signature))
        case "citations_delta": self = .citation(try container.decode(JSONValue.self, forKey: .citation))
        default: self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the delta with its `type`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text):
            try container.encode("text_delta", forKey: .type)
            try container.encode(text, forKey: .text)
        case .inputJSON(let json):
            try container.encode("input_json_delta", forKey: .type)
            try container.encode(json, forKey: .partialJSON)
        case .thinking(let thinking):
            try container.encode("thinking_delta", forKey: .type)
            try container.encode(thinking, forKey: .thinking)
        case .signature(let signature):
            try container.encode("signature_delta", forKey: .type)
            try container.encode(signature, forKey: .signature)
        case .citation(let citation):
            try container.encode("citations_delta", forKey: .type)
            try container.encode(citation, forKey: .citation)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}

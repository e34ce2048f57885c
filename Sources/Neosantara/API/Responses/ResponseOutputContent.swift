/// A part of an output message: text with its annotations, or a refusal.
public enum ResponseOutputContent: Hashable, Sendable {
    /// `output_text`.
    case text(String, annotations: [ResponseAnnotation])
    /// `refusal`: why the model declined.
    case refusal(String)
    /// Any other part, as its JSON.
    case other(JSONValue)

    /// The text of a text part.
    public var text: String? {
        guard case .text(let text, _) = self else { return nil }
        return text
    }

    /// The text of a refusal part.
    public var refusal: String? {
        guard case .refusal(let refusal) = self else { return nil }
        return refusal
    }
}

extension ResponseOutputContent: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, annotations, refusal
    }

    /// Decodes a part by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch TypeTag.of(decoder) {
        case "output_text":
            self = .text(
                try container.decode(String.self, forKey: .text),
                annotations: try container.decodeIfPresent([ResponseAnnotation].self, forKey: .annotations) ?? [])
        case "refusal":
            self = .refusal(try container.decode(String.self, forKey: .refusal))
        default:
            self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the part with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text, let annotations):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(annotations, forKey: .annotations)
            try TypeTag.encode("output_text", to: encoder)
        case .refusal(let refusal):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(refusal, forKey: .refusal)
            try TypeTag.encode("refusal", to: encoder)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}

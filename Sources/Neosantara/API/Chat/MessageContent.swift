/// The content of a chat message: a text, or a list of parts mixing text and images.
///
/// A string literal is a text content: `ChatMessage(role: .user, content: "Halo")`.
public enum MessageContent: Hashable, Sendable {
    /// Plain text.
    case text(String)
    /// Parts, for example text and images for a vision model.
    case parts([ContentPart])

    /// The text of the content: the text itself, or the text parts joined, or `nil` when there is no text.
    public var text: String? {
        switch self {
        case .text(let text):
            return text
        case .parts(let parts):
            let texts = parts.compactMap(\.text)
            return texts.isEmpty ? nil : texts.joined()
        }
    }
}

extension MessageContent: Codable {
    /// Decodes a string or an array of parts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .parts(try container.decode([ContentPart].self))
        }
    }

    /// Encodes a string or an array of parts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .parts(let parts): try container.encode(parts)
        }
    }
}

extension MessageContent: ExpressibleByStringLiteral {
    /// Creates a text content.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

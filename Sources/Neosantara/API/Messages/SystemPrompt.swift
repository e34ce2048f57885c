/// The system prompt of a Messages API request (`system`): a string, or text blocks, which may carry prompt
/// caching breakpoints.
///
/// ```swift
/// request.system = "Jawab singkat."
/// request.system = .blocks([TextBlock(referenceText, cacheControl: .ephemeral)])
/// ```
public enum SystemPrompt: Hashable, Sendable, ExpressibleByStringLiteral {
    /// A plain string.
    case text(String)
    /// Text blocks, in order.
    case blocks([TextBlock])

    /// Creates a plain system prompt from a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// The text of the string or of every block, joined.
    public var text: String {
        switch self {
        case .text(let text): text
        case .blocks(let blocks): blocks.map(\.text).joined()
        }
    }
}

extension SystemPrompt: Codable {
    /// Decodes a string or an array of text blocks.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self = .text(text)
        } else {
            self = .blocks(
                try [ContentBlock](from: decoder).map { block in
                    guard case .text(let text) = block else {
                        throw DecodingError.dataCorrupted(
                            .init(
                                codingPath: decoder.codingPath, debugDescription: "a system block must be a text block")
                        )
                    }
                    return text
                })
        }
    }

    /// Encodes a string or an array of text blocks.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .blocks(let blocks): try container.encode(blocks.map(ContentBlock.text))
        }
    }
}

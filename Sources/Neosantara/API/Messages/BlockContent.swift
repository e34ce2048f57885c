/// The content of a Messages API message or tool result: a plain string, or a list of content blocks.
///
/// ```swift
/// let plain: BlockContent = "Halo!"
/// let withImage = BlockContent.blocks([.image(.init(source: .url("https://example.com/cat.png"))), "Apa ini?"])
/// ```
public enum BlockContent: Hashable, Sendable, ExpressibleByStringLiteral {
    /// A plain string, the same as one text block.
    case text(String)
    /// Content blocks, in order.
    case blocks([ContentBlock])

    /// Creates plain text content from a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// The blocks, with plain text as one text block.
    public var blocks: [ContentBlock] {
        switch self {
        case .text(let text): [.text(TextBlock(text))]
        case .blocks(let blocks): blocks
        }
    }

    /// The text of the string or of every text block, joined.
    public var text: String {
        switch self {
        case .text(let text): text
        case .blocks(let blocks): blocks.compactMap(\.text).joined()
        }
    }
}

extension BlockContent: Codable {
    /// Decodes a string or an array of blocks.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self = .text(text)
        } else {
            self = .blocks(try [ContentBlock](from: decoder))
        }
    }

    /// Encodes a string or an array of blocks.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .blocks(let blocks): try container.encode(blocks)
        }
    }
}

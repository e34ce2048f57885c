/// One block of a Messages API message: text, an image, a document, a tool call or its result, the model's
/// thinking, or a block type the SDK does not model.
///
/// The same blocks appear in requests and in answers. A block of an unknown type, such as a server tool's
/// result, is kept as the JSON object that arrived and sent back unchanged.
public enum ContentBlock: Hashable, Sendable, ExpressibleByStringLiteral {
    /// A `text` block.
    case text(TextBlock)
    /// An `image` block.
    case image(ImageBlock)
    /// A `document` block.
    case document(DocumentBlock)
    /// A `tool_use` block: the model calls a tool.
    case toolUse(ToolUseBlock)
    /// A `tool_result` block: what the tool returned.
    case toolResult(ToolResultBlock)
    /// A `thinking` block: the model's reasoning.
    case thinking(ThinkingBlock)
    /// A `redacted_thinking` block: encrypted reasoning.
    case redactedThinking(RedactedThinkingBlock)
    /// Any other block (`server_tool_use`, `web_search_tool_result`, `mcp_tool_use`, …), kept as its JSON
    /// object.
    case other(JSONValue)

    /// A text block without citations or caching, from a string literal.
    public init(stringLiteral value: String) {
        self = .text(TextBlock(value))
    }

    /// The block's `type`, such as `text` or `tool_use`.
    public var type: String {
        switch self {
        case .text: "text"
        case .image: "image"
        case .document: "document"
        case .toolUse: "tool_use"
        case .toolResult: "tool_result"
        case .thinking: "thinking"
        case .redactedThinking: "redacted_thinking"
        case .other(let value): value["type"]?.stringValue ?? ""
        }
    }

    /// The text of a text block, or `nil`.
    public var text: String? {
        if case .text(let block) = self { return block.text }
        return nil
    }

    /// The call of a tool-use block, or `nil`.
    public var toolUse: ToolUseBlock? {
        if case .toolUse(let block) = self { return block }
        return nil
    }

    /// The reasoning of a thinking block, or `nil`.
    public var thinking: String? {
        if case .thinking(let block) = self { return block.thinking }
        return nil
    }
}

extension ContentBlock: Codable {
    private enum CodingKeys: String, CodingKey {
        case type
    }

    /// Decodes a block by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .type) {
        case "text": self = .text(try TextBlock(from: decoder))
        case "image": self = .image(try ImageBlock(from: decoder))
        case "document": self = .document(try DocumentBlock(from: decoder))
        case "tool_use": self = .toolUse(try ToolUseBlock(from: decoder))
        case "tool_result": self = .toolResult(try ToolResultBlock(from: decoder))
        case "thinking": self = .thinking(try ThinkingBlock(from: decoder))
        case "redacted_thinking": self = .redactedThinking(try RedactedThinkingBlock(from: decoder))
        default: self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the block with its `type`.
    public func encode(to encoder: any Encoder) throws {
        if case .other(let value) = self {
            return try value.encode(to: encoder)
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .text(let block): try block.encode(to: encoder)
        case .image(let block): try block.encode(to: encoder)
        case .document(let block): try block.encode(to: encoder)
        case .toolUse(let block): try block.encode(to: encoder)
        case .toolResult(let block): try block.encode(to: encoder)
        case .thinking(let block): try block.encode(to: encoder)
        case .redactedThinking(let block): try block.encode(to: encoder)
        case .other: break
        }
    }
}

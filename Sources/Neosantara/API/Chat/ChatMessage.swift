/// A message in the conversation sent to the model.
///
/// Build messages with the role constructors:
///
/// ```swift
/// let messages: [ChatMessage] = [
///     .system("Jawab singkat."),
///     .user("Apa ibu kota Indonesia?"),
/// ]
/// ```
public struct ChatMessage: Codable, Hashable, Sendable {
    /// The author.
    public var role: Role
    /// The text or parts; `nil` for an assistant message that only calls tools.
    public var content: MessageContent?
    /// A name that tells apart participants with the same role.
    public var name: String?
    /// The tools an assistant message called.
    public var toolCalls: [ToolCall]?
    /// The tool call a `tool` message answers.
    public var toolCallID: String?
    /// The reasoning of an earlier assistant turn, for providers that want it sent back.
    public var reasoningContent: String?
    /// The refusal of an earlier assistant turn.
    public var refusal: String?

    /// Creates a message.
    public init(
        role: Role,
        content: MessageContent?,
        name: String? = nil,
        toolCalls: [ToolCall]? = nil,
        toolCallID: String? = nil,
        reasoningContent: String? = nil,
        refusal: String? = nil
    ) {
        self.role = role
        self.content = content
        self.name = name
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.reasoningContent = reasoningContent
        self.refusal = refusal
    }

    /// Creates the assistant turn to send back from a message the model returned.
    public init(_ message: ChatCompletionMessage) {
        self.init(
            role: message.role,
            content: message.content.map(MessageContent.text),
            name: message.name,
            toolCalls: message.toolCalls,
            reasoningContent: message.reasoningContent,
            refusal: message.refusal
        )
    }

    /// A system message: instructions for the model.
    public static func system(_ text: String) -> ChatMessage {
        ChatMessage(role: .system, content: .text(text))
    }

    /// A developer message: instructions from the application, for models that use this role.
    public static func developer(_ text: String) -> ChatMessage {
        ChatMessage(role: .developer, content: .text(text))
    }

    /// A user message with text.
    public static func user(_ text: String, name: String? = nil) -> ChatMessage {
        ChatMessage(role: .user, content: .text(text), name: name)
    }

    /// A user message with parts, for example text and images for a vision model.
    public static func user(_ parts: [ContentPart], name: String? = nil) -> ChatMessage {
        ChatMessage(role: .user, content: .parts(parts), name: name)
    }

    /// An assistant message: an earlier reply, or the tool calls it made.
    public static func assistant(_ text: String?, toolCalls: [ToolCall]? = nil) -> ChatMessage {
        ChatMessage(role: .assistant, content: text.map(MessageContent.text), toolCalls: toolCalls)
    }

    /// A tool message: the result of the tool call with id `toolCallID`.
    public static func tool(_ content: String, toolCallID: String) -> ChatMessage {
        ChatMessage(role: .tool, content: .text(content), toolCallID: toolCallID)
    }

    enum CodingKeys: String, CodingKey {
        case role, content, name, refusal
        case toolCalls = "tool_calls"
        case toolCallID = "tool_call_id"
        case reasoningContent = "reasoning_content"
    }

    /// Decodes a message; `content` may be a string, an array of parts, `null` or missing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(Role.self, forKey: .role)
        content = try container.decodeIfPresent(MessageContent.self, forKey: .content)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        toolCalls = try container.decodeIfPresent([ToolCall].self, forKey: .toolCalls)
        toolCallID = try container.decodeIfPresent(String.self, forKey: .toolCallID)
        reasoningContent = try container.decodeIfPresent(String.self, forKey: .reasoningContent)
        refusal = try container.decodeIfPresent(String.self, forKey: .refusal)
    }

    /// Encodes the message; an absent content is written as `null`, which every provider accepts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // The role and a text content are written as plain strings: the same JSON as encoding `Role` and
        // `MessageContent`, without a nested encoder for each (JSONEncoder allocates one per nested value).
        try container.encode(role.rawValue, forKey: .role)
        switch content {
        case .text(let text): try container.encode(text, forKey: .content)
        case .parts(let parts): try container.encode(parts, forKey: .content)
        case nil: try container.encodeNil(forKey: .content)
        }
        if let name { try container.encode(name, forKey: .name) }
        if let toolCalls { try container.encode(toolCalls, forKey: .toolCalls) }
        if let toolCallID { try container.encode(toolCallID, forKey: .toolCallID) }
        if let reasoningContent { try container.encode(reasoningContent, forKey: .reasoningContent) }
        if let refusal { try container.encode(refusal, forKey: .refusal) }
    }
}

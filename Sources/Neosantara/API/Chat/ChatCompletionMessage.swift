/// The message a model returns in a ``ChatCompletionChoice``.
///
/// To continue a conversation, append it to the request's messages with ``ChatMessage/init(_:)``.
public struct ChatCompletionMessage: Codable, Hashable, Sendable {
    /// The author; `assistant` in practice.
    public var role: Role
    /// The answer text, or `nil` when the model only called tools or refused.
    public var content: String?
    /// The reasoning text of a reasoning model, when the provider returns it.
    public var reasoningContent: String?
    /// The tools the model wants to call.
    public var toolCalls: [ToolCall]?
    /// The model's refusal message, when it declined to answer.
    public var refusal: String?
    /// The author's name, when the provider sends one.
    public var name: String?

    /// Creates a message.
    public init(
        role: Role = .assistant,
        content: String?,
        reasoningContent: String? = nil,
        toolCalls: [ToolCall]? = nil,
        refusal: String? = nil,
        name: String? = nil
    ) {
        self.role = role
        self.content = content
        self.reasoningContent = reasoningContent
        self.toolCalls = toolCalls
        self.refusal = refusal
        self.name = name
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case role, content, refusal, name
        case reasoningContent = "reasoning_content"
        case toolCalls = "tool_calls"
    }

    /// Decodes a message; content sent as an array of parts is joined into one text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // The role and a text content are read as plain strings, without a nested decoder for `Role` and
        // `MessageContent`; only content that is not a string (an array of parts) goes through the latter.
        role = try container.decodeIfPresent(String.self, forKey: .role).map(Role.init(rawValue:)) ?? .assistant
        do {
            content = try container.decodeIfPresent(String.self, forKey: .content)
        } catch DecodingError.typeMismatch {
            content = try container.decode(MessageContent.self, forKey: .content).text
        }
        reasoningContent = try container.decodeIfPresent(String.self, forKey: .reasoningContent)
        toolCalls = try container.decodeIfPresent([ToolCall].self, forKey: .toolCalls)
        refusal = try container.decodeIfPresent(String.self, forKey: .refusal)
        name = try container.decodeIfPresent(String.self, forKey: .name)
    }

    /// Encodes the message; `content` is written as `null` when absent, as the API does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(content, forKey: .content)
        try container.encodeIfPresent(reasoningContent, forKey: .reasoningContent)
        try container.encodeIfPresent(toolCalls, forKey: .toolCalls)
        try container.encodeIfPresent(refusal, forKey: .refusal)
        try container.encodeIfPresent(name, forKey: .name)
    }
}

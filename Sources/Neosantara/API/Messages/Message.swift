/// The answer of `POST /anthropic/v1/messages`: the assistant's message as content blocks.
///
/// ```swift
/// let message = try await client.anthropic.messages.create(model: "claude-sonnet-4-6", maxTokens: 512, messages: [.user("Halo!")])
/// print(message.text, message.stopReason ?? "", message.usage.outputTokens)
/// ```
public struct Message: Codable, Hashable, Sendable {
    /// The message's id, such as `msg_…`.
    public var id: String?
    /// Always `message`.
    public var type: String
    /// Always `assistant`.
    public var role: Role?
    /// What the model said: text, thinking, tool calls and any other blocks, in order.
    public var content: [ContentBlock]
    /// The model that answered.
    public var model: String?
    /// Why the model stopped; `nil` in a stream's `message_start`.
    public var stopReason: StopReason?
    /// The stop sequence the model wrote, when ``stopReason`` is ``StopReason/stopSequence``.
    public var stopSequence: String?
    /// The tokens used.
    public var usage: MessageUsage
    /// The code-execution container the request used, as the server sent it.
    public var container: JSONValue?
    /// The context edits the server applied, as it sent them (`context_management`).
    public var contextManagement: JSONValue?

    /// Creates a message.
    public init(
        id: String?, content: [ContentBlock], model: String?, stopReason: StopReason?, usage: MessageUsage,
        stopSequence: String? = nil, role: Role? = .assistant, type: String = "message"
    ) {
        self.id = id
        self.type = type
        self.role = role
        self.content = content
        self.model = model
        self.stopReason = stopReason
        self.stopSequence = stopSequence
        self.usage = usage
    }

    /// The text of every text block, joined.
    public var text: String {
        content.compactMap(\.text).joined()
    }

    /// The tool calls, in order.
    public var toolUses: [ToolUseBlock] {
        content.compactMap(\.toolUse)
    }

    /// The message as an `assistant` turn of the next request's conversation.
    public var asParam: MessageParam {
        .assistant(content)
    }

    enum CodingKeys: String, CodingKey {
        case id, type, role, content, model, usage, container
        case stopReason = "stop_reason"
        case stopSequence = "stop_sequence"
        case contextManagement = "context_management"
    }

    /// Decodes a message; a missing `type` reads as `message`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "message"
        role = try container.decodeIfPresent(Role.self, forKey: .role)
        content = try container.decode([ContentBlock].self, forKey: .content)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        stopReason = try container.decodeIfPresent(StopReason.self, forKey: .stopReason)
        stopSequence = try container.decodeIfPresent(String.self, forKey: .stopSequence)
        usage = try container.decode(MessageUsage.self, forKey: .usage)
        self.container = try container.decodeIfPresent(JSONValue.self, forKey: .container)
        contextManagement = try container.decodeIfPresent(JSONValue.self, forKey: .contextManagement)
    }

    /// Encodes a message; `stop_reason` and `stop_sequence` are written as `null` when unset, as the API does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encode(content, forKey: .content)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encode(stopReason, forKey: .stopReason)
        try container.encode(stopSequence, forKey: .stopSequence)
        try container.encode(usage, forKey: .usage)
        try container.encodeIfPresent(self.container, forKey: .container)
        try container.encodeIfPresent(contextManagement, forKey: .contextManagement)
    }
}

/// The body of `POST /anthropic/v1/messages`: the Anthropic-compatible Messages API.
///
/// ``model``, ``maxTokens`` and ``messages`` are required; every other field is left out of the request when
/// `nil`, so the server's default applies.
///
/// ```swift
/// var request = MessagesRequest(model: "claude-sonnet-4-6", maxTokens: 1024, messages: [.user("Halo!")])
/// request.system = "Jawab singkat."
/// request.thinking = .enabled(budgetTokens: 2048)
/// request.extraBody["service_tier"] = "auto"   // a field the SDK does not model
/// ```
public struct MessagesRequest: Hashable, Sendable {
    /// The model id, for example `"claude-sonnet-4-6"`.
    public var model: String
    /// The most tokens to generate, at least 1 (`max_tokens`).
    public var maxTokens: Int
    /// The conversation so far, alternating `user` and `assistant`; at least one message.
    public var messages: [MessageParam]
    /// The system prompt: a string, or text blocks with caching breakpoints.
    public var system: SystemPrompt?
    /// Sampling temperature, 0 to 1: higher is more random.
    public var temperature: Double?
    /// Nucleus sampling, 0 to 1 (`top_p`).
    public var topP: Double?
    /// Sample only from the `k` most likely tokens, at least 1 (`top_k`).
    public var topK: Int?
    /// Texts at which the model stops (`stop_sequences`).
    public var stopSequences: [String]?
    /// Whether the answer is streamed as server-sent events; ``Messages/stream(_:options:)`` sets it.
    public var stream: Bool?
    /// Key-value pairs about the request, such as `user_id`.
    public var metadata: [String: JSONValue]?
    /// The tools the model may use.
    public var tools: [MessageTool]?
    /// Whether and which tool the model must use (`tool_choice`).
    public var toolChoice: MessageToolChoice?
    /// Whether the model thinks first, and how much.
    public var thinking: ThinkingConfiguration?
    /// Remote MCP servers whose tools the model may use (`mcp_servers`).
    public var mcpServers: [MCPServer]?
    /// How much effort the model puts in: `low`, `medium`, `high` or `max`.
    public var effort: ReasoningEffort?
    /// How fast the model answers: `fast` or `standard`.
    public var speed: MessageSpeed?
    /// How the server trims the context of a long conversation (`context_management`), as JSON.
    public var contextManagement: JSONValue?
    /// Output settings such as `effort` and `format` (`output_config`), as JSON.
    public var outputConfig: JSONValue?
    /// Fields the SDK does not model, written at the top level of the body; they replace a modelled field
    /// of the same name.
    public var extraBody: [String: JSONValue]

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - maxTokens: The most tokens to generate.
    ///   - messages: The conversation; at least one message.
    ///   - system: The system prompt.
    ///   - temperature: Sampling temperature, 0 to 1.
    ///   - tools: The tools the model may use.
    ///   - thinking: Whether the model thinks first.
    public init(
        model: String,
        maxTokens: Int,
        messages: [MessageParam],
        system: SystemPrompt? = nil,
        temperature: Double? = nil,
        tools: [MessageTool]? = nil,
        thinking: ThinkingConfiguration? = nil
    ) {
        self.model = model
        self.maxTokens = maxTokens
        self.messages = messages
        self.system = system
        self.temperature = temperature
        self.tools = tools
        self.thinking = thinking
        self.extraBody = [:]
    }
}

/// The body of `POST /anthropic/v1/messages/count_tokens`: the parts of a ``MessagesRequest`` that make up
/// its prompt.
struct MessageTokenCountRequest: Encodable, Sendable {
    var model: String
    var messages: [MessageParam]
    var system: SystemPrompt?
    var tools: [MessageTool]?
    var toolChoice: MessageToolChoice?
    var thinking: ThinkingConfiguration?
    var mcpServers: [MCPServer]?
    var extraBody: [String: JSONValue]

    /// The prompt of `request`: everything but the settings of the answer, such as `max_tokens`.
    init(_ request: MessagesRequest) {
        model = request.model
        messages = request.messages
        system = request.system
        tools = request.tools
        toolChoice = request.toolChoice
        thinking = request.thinking
        mcpServers = request.mcpServers
        extraBody = request.extraBody
    }

    private enum CodingKeys: String, CodingKey {
        case model, messages, system, tools, thinking
        case toolChoice = "tool_choice"
        case mcpServers = "mcp_servers"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(messages, forKey: .messages)
        try container.encodeIfPresent(system, forKey: .system)
        try container.encodeIfPresent(tools, forKey: .tools)
        try container.encodeIfPresent(toolChoice, forKey: .toolChoice)
        try container.encodeIfPresent(thinking, forKey: .thinking)
        try container.encodeIfPresent(mcpServers, forKey: .mcpServers)
        if !extraBody.isEmpty {
            var extra = encoder.container(keyedBy: DynamicCodingKey.self)
            try extra.encodeExtraBody(extraBody)
        }
    }
}

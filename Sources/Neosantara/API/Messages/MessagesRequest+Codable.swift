extension MessagesRequest: Codable {
    /// The wire name of each stored property but ``extraBody``.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case model
        case maxTokens = "max_tokens"
        case messages, system, temperature
        case topP = "top_p"
        case topK = "top_k"
        case stopSequences = "stop_sequences"
        case stream, metadata, tools
        case toolChoice = "tool_choice"
        case thinking
        case mcpServers = "mcp_servers"
        case effort, speed
        case contextManagement = "context_management"
        case outputConfig = "output_config"
    }

    /// The wire names of the modelled fields; any other key belongs to ``extraBody``.
    static let knownKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a request; keys the SDK does not model are collected in ``extraBody``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        maxTokens = try container.decode(Int.self, forKey: .maxTokens)
        messages = try container.decode([MessageParam].self, forKey: .messages)
        system = try container.decodeIfPresent(SystemPrompt.self, forKey: .system)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        topK = try container.decodeIfPresent(Int.self, forKey: .topK)
        stopSequences = try container.decodeIfPresent([String].self, forKey: .stopSequences)
        stream = try container.decodeIfPresent(Bool.self, forKey: .stream)
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
        tools = try container.decodeIfPresent([MessageTool].self, forKey: .tools)
        toolChoice = try container.decodeIfPresent(MessageToolChoice.self, forKey: .toolChoice)
        thinking = try container.decodeIfPresent(ThinkingConfiguration.self, forKey: .thinking)
        mcpServers = try container.decodeIfPresent([MCPServer].self, forKey: .mcpServers)
        effort = try container.decodeIfPresent(ReasoningEffort.self, forKey: .effort)
        speed = try container.decodeIfPresent(MessageSpeed.self, forKey: .speed)
        contextManagement = try container.decodeIfPresent(JSONValue.self, forKey: .contextManagement)
        outputConfig = try container.decodeIfPresent(JSONValue.self, forKey: .outputConfig)
        extraBody = try decoder.container(keyedBy: DynamicCodingKey.self).decodeExtraBody(excluding: Self.knownKeys)
    }

    /// Encodes the request, leaving out `nil` fields, then writes ``extraBody`` over it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(maxTokens, forKey: .maxTokens)
        try container.encode(messages, forKey: .messages)
        try container.encodeIfPresent(system, forKey: .system)
        try container.encodeIfPresent(temperature, forKey: .temperature)
        try container.encodeIfPresent(topP, forKey: .topP)
        try container.encodeIfPresent(topK, forKey: .topK)
        try container.encodeIfPresent(stopSequences, forKey: .stopSequences)
        try container.encodeIfPresent(stream, forKey: .stream)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        try container.encodeIfPresent(tools, forKey: .tools)
        try container.encodeIfPresent(toolChoice, forKey: .toolChoice)
        try container.encodeIfPresent(thinking, forKey: .thinking)
        try container.encodeIfPresent(mcpServers, forKey: .mcpServers)
        try container.encodeIfPresent(effort, forKey: .effort)
        try container.encodeIfPresent(speed, forKey: .speed)
        try container.encodeIfPresent(contextManagement, forKey: .contextManagement)
        try container.encodeIfPresent(outputConfig, forKey: .outputConfig)
        if !extraBody.isEmpty {
            // A second container of the same object: its members replace modelled ones of the same name.
            var extra = encoder.container(keyedBy: DynamicCodingKey.self)
            try extra.encodeExtraBody(extraBody)
        }
    }
}

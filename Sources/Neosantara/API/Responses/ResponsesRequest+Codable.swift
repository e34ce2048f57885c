extension ResponsesRequest: Codable {
    /// The wire name of each stored property but ``extraBody``.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, input, instructions, tools
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case maxToolCalls = "max_tool_calls"
        case text, reasoning
        case maxOutputTokens = "max_output_tokens"
        case temperature
        case topP = "top_p"
        case store, background, stream, metadata
        case previousResponseID = "previous_response_id"
        case include, truncation, user
    }

    /// The wire names of the modelled fields; any other key belongs to ``extraBody``.
    static let knownKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a request; keys the SDK does not model are collected in ``extraBody``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        input = try container.decodeIfPresent(ResponseInput.self, forKey: .input)
        instructions = try container.decodeIfPresent(String.self, forKey: .instructions)
        tools = try container.decodeIfPresent([ResponseTool].self, forKey: .tools)
        toolChoice = try container.decodeIfPresent(ResponseToolChoice.self, forKey: .toolChoice)
        parallelToolCalls = try container.decodeIfPresent(Bool.self, forKey: .parallelToolCalls)
        maxToolCalls = try container.decodeIfPresent(Int.self, forKey: .maxToolCalls)
        text = try container.decodeIfPresent(ResponseTextOptions.self, forKey: .text)
        reasoning = try container.decodeIfPresent(ResponseReasoningOptions.self, forKey: .reasoning)
        maxOutputTokens = try container.decodeIfPresent(Int.self, forKey: .maxOutputTokens)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        store = try container.decodeIfPresent(Bool.self, forKey: .store)
        background = try container.decodeIfPresent(Bool.self, forKey: .background)
        stream = try container.decodeIfPresent(Bool.self, forKey: .stream)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
        previousResponseID = try container.decodeIfPresent(String.self, forKey: .previousResponseID)
        include = try container.decodeIfPresent([ResponseInclude].self, forKey: .include)
        truncation = try container.decodeIfPresent(ResponseTruncation.self, forKey: .truncation)
        user = try container.decodeIfPresent(String.self, forKey: .user)
        extraBody = try decoder.container(keyedBy: DynamicCodingKey.self).decodeExtraBody(excluding: Self.knownKeys)
    }

    /// Encodes the request, leaving out `nil` fields, then writes ``extraBody`` over it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encodeIfPresent(input, forKey: .input)
        try container.encodeIfPresent(instructions, forKey: .instructions)
        try container.encodeIfPresent(tools, forKey: .tools)
        try container.encodeIfPresent(toolChoice, forKey: .toolChoice)
        try container.encodeIfPresent(parallelToolCalls, forKey: .parallelToolCalls)
        try container.encodeIfPresent(maxToolCalls, forKey: .maxToolCalls)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(reasoning, forKey: .reasoning)
        try container.encodeIfPresent(maxOutputTokens, forKey: .maxOutputTokens)
        try container.encodeIfPresent(temperature, forKey: .temperature)
        try container.encodeIfPresent(topP, forKey: .topP)
        try container.encodeIfPresent(store, forKey: .store)
        try container.encodeIfPresent(background, forKey: .background)
        try container.encodeIfPresent(stream, forKey: .stream)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        try container.encodeIfPresent(previousResponseID, forKey: .previousResponseID)
        try container.encodeIfPresent(include, forKey: .include)
        try container.encodeIfPresent(truncation, forKey: .truncation)
        try container.encodeIfPresent(user, forKey: .user)
        if !extraBody.isEmpty {
            var extra = encoder.container(keyedBy: DynamicCodingKey.self)
            try extra.encodeExtraBody(extraBody)
        }
    }
}

extension ChatCompletionsRequest: Codable {
    /// The wire name of each stored property but ``extraBody``: the one list of the request's keys, which
    /// `init(from:)`, `encode(to:)`, the byte writer and ``knownKeys`` all read.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, messages, temperature
        case topP = "top_p"
        case n, stop
        case maxTokens = "max_tokens"
        case maxCompletionTokens = "max_completion_tokens"
        case stream
        case streamOptions = "stream_options"
        case presencePenalty = "presence_penalty"
        case frequencyPenalty = "frequency_penalty"
        case seed, user, logprobs
        case topLogprobs = "top_logprobs"
        case logitBias = "logit_bias"
        case responseFormat = "response_format"
        case tools
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case reasoningEffort = "reasoning_effort"
        case reasoning, metadata
        case topK = "top_k"
        case minP = "min_p"
        case repetitionPenalty = "repetition_penalty"
    }

    /// The wire names of the modelled fields; any other key belongs to ``extraBody``.
    static let knownKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a request; keys the SDK does not model are collected in ``extraBody``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        messages = try container.decode([ChatMessage].self, forKey: .messages)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        n = try container.decodeIfPresent(Int.self, forKey: .n)
        stop = try container.decodeIfPresent(StopSequences.self, forKey: .stop)
        maxTokens = try container.decodeIfPresent(Int.self, forKey: .maxTokens)
        maxCompletionTokens = try container.decodeIfPresent(Int.self, forKey: .maxCompletionTokens)
        stream = try container.decodeIfPresent(Bool.self, forKey: .stream)
        streamOptions = try container.decodeIfPresent(StreamOptions.self, forKey: .streamOptions)
        presencePenalty = try container.decodeIfPresent(Double.self, forKey: .presencePenalty)
        frequencyPenalty = try container.decodeIfPresent(Double.self, forKey: .frequencyPenalty)
        seed = try container.decodeIfPresent(Int.self, forKey: .seed)
        user = try container.decodeIfPresent(String.self, forKey: .user)
        logprobs = try container.decodeIfPresent(Bool.self, forKey: .logprobs)
        topLogprobs = try container.decodeIfPresent(Int.self, forKey: .topLogprobs)
        logitBias = try container.decodeIfPresent([String: Int].self, forKey: .logitBias)
        responseFormat = try container.decodeIfPresent(ResponseFormat.self, forKey: .responseFormat)
        tools = try container.decodeIfPresent([Tool].self, forKey: .tools)
        toolChoice = try container.decodeIfPresent(ToolChoice.self, forKey: .toolChoice)
        parallelToolCalls = try container.decodeIfPresent(Bool.self, forKey: .parallelToolCalls)
        reasoningEffort = try container.decodeIfPresent(ReasoningEffort.self, forKey: .reasoningEffort)
        reasoning = try container.decodeIfPresent(ReasoningOptions.self, forKey: .reasoning)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
        topK = try container.decodeIfPresent(Int.self, forKey: .topK)
        minP = try container.decodeIfPresent(Double.self, forKey: .minP)
        repetitionPenalty = try container.decodeIfPresent(Double.self, forKey: .repetitionPenalty)
        extraBody = try decoder.container(keyedBy: DynamicCodingKey.self).decodeExtraBody(excluding: Self.knownKeys)
    }

    /// Encodes the request, leaving out `nil` fields, then writes ``extraBody`` over it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(messages, forKey: .messages)
        // Only the fields that are set: most are not, and `encodeIfPresent` would cost a generic call through
        // the encoder's container for each.
        if let temperature { try container.encode(temperature, forKey: .temperature) }
        if let topP { try container.encode(topP, forKey: .topP) }
        if let n { try container.encode(n, forKey: .n) }
        if let stop { try container.encode(stop, forKey: .stop) }
        if let maxTokens { try container.encode(maxTokens, forKey: .maxTokens) }
        if let maxCompletionTokens { try container.encode(maxCompletionTokens, forKey: .maxCompletionTokens) }
        if let stream { try container.encode(stream, forKey: .stream) }
        if let streamOptions { try container.encode(streamOptions, forKey: .streamOptions) }
        if let presencePenalty { try container.encode(presencePenalty, forKey: .presencePenalty) }
        if let frequencyPenalty { try container.encode(frequencyPenalty, forKey: .frequencyPenalty) }
        if let seed { try container.encode(seed, forKey: .seed) }
        if let user { try container.encode(user, forKey: .user) }
        if let logprobs { try container.encode(logprobs, forKey: .logprobs) }
        if let topLogprobs { try container.encode(topLogprobs, forKey: .topLogprobs) }
        if let logitBias { try container.encode(logitBias, forKey: .logitBias) }
        if let responseFormat { try container.encode(responseFormat, forKey: .responseFormat) }
        if let tools { try container.encode(tools, forKey: .tools) }
        if let toolChoice { try container.encode(toolChoice, forKey: .toolChoice) }
        if let parallelToolCalls { try container.encode(parallelToolCalls, forKey: .parallelToolCalls) }
        if let reasoningEffort { try container.encode(reasoningEffort, forKey: .reasoningEffort) }
        if let reasoning { try container.encode(reasoning, forKey: .reasoning) }
        if let metadata { try container.encode(metadata, forKey: .metadata) }
        if let topK { try container.encode(topK, forKey: .topK) }
        if let minP { try container.encode(minP, forKey: .minP) }
        if let repetitionPenalty { try container.encode(repetitionPenalty, forKey: .repetitionPenalty) }
        if !extraBody.isEmpty {
            // A second container of the same object: its members replace modelled ones of the same name.
            var extra = encoder.container(keyedBy: DynamicCodingKey.self)
            try extra.encodeExtraBody(extraBody)
        }
    }
}

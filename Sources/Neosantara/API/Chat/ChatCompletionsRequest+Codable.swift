extension ChatCompletionsRequest: Codable {
    /// The wire names of the modelled fields; any other key belongs to ``extraBody``.
    static let knownKeys: Set<String> = [
        "model", "messages", "temperature", "top_p", "n", "stop", "max_tokens", "max_completion_tokens", "stream",
        "stream_options", "presence_penalty", "frequency_penalty", "seed", "user", "logprobs", "top_logprobs",
        "logit_bias", "response_format", "tools", "tool_choice", "parallel_tool_calls", "reasoning_effort",
        "reasoning", "metadata", "top_k", "min_p", "repetition_penalty",
    ]

    /// Decodes a request; keys the SDK does not model are collected in ``extraBody``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        model = try container.decode(String.self, forKey: "model")
        messages = try container.decode([ChatMessage].self, forKey: "messages")
        temperature = try container.decodeIfPresent(Double.self, forKey: "temperature")
        topP = try container.decodeIfPresent(Double.self, forKey: "top_p")
        n = try container.decodeIfPresent(Int.self, forKey: "n")
        stop = try container.decodeIfPresent(StopSequences.self, forKey: "stop")
        maxTokens = try container.decodeIfPresent(Int.self, forKey: "max_tokens")
        maxCompletionTokens = try container.decodeIfPresent(Int.self, forKey: "max_completion_tokens")
        stream = try container.decodeIfPresent(Bool.self, forKey: "stream")
        streamOptions = try container.decodeIfPresent(StreamOptions.self, forKey: "stream_options")
        presencePenalty = try container.decodeIfPresent(Double.self, forKey: "presence_penalty")
        frequencyPenalty = try container.decodeIfPresent(Double.self, forKey: "frequency_penalty")
        seed = try container.decodeIfPresent(Int.self, forKey: "seed")
        user = try container.decodeIfPresent(String.self, forKey: "user")
        logprobs = try container.decodeIfPresent(Bool.self, forKey: "logprobs")
        topLogprobs = try container.decodeIfPresent(Int.self, forKey: "top_logprobs")
        logitBias = try container.decodeIfPresent([String: Int].self, forKey: "logit_bias")
        responseFormat = try container.decodeIfPresent(ResponseFormat.self, forKey: "response_format")
        tools = try container.decodeIfPresent([Tool].self, forKey: "tools")
        toolChoice = try container.decodeIfPresent(ToolChoice.self, forKey: "tool_choice")
        parallelToolCalls = try container.decodeIfPresent(Bool.self, forKey: "parallel_tool_calls")
        reasoningEffort = try container.decodeIfPresent(ReasoningEffort.self, forKey: "reasoning_effort")
        reasoning = try container.decodeIfPresent(ReasoningOptions.self, forKey: "reasoning")
        metadata = try container.decodeIfPresent([String: String].self, forKey: "metadata")
        topK = try container.decodeIfPresent(Int.self, forKey: "top_k")
        minP = try container.decodeIfPresent(Double.self, forKey: "min_p")
        repetitionPenalty = try container.decodeIfPresent(Double.self, forKey: "repetition_penalty")
        extraBody = try container.decodeExtraBody(excluding: Self.knownKeys)
    }

    /// Encodes the request, leaving out `nil` fields, then writes ``extraBody`` over it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(model, forKey: "model")
        try container.encode(messages, forKey: "messages")
        // Only the fields that are set: most are not, and `encodeIfPresent` would cost a generic call through
        // the encoder's container for each.
        if let temperature { try container.encode(temperature, forKey: "temperature") }
        if let topP { try container.encode(topP, forKey: "top_p") }
        if let n { try container.encode(n, forKey: "n") }
        if let stop { try container.encode(stop, forKey: "stop") }
        if let maxTokens { try container.encode(maxTokens, forKey: "max_tokens") }
        if let maxCompletionTokens { try container.encode(maxCompletionTokens, forKey: "max_completion_tokens") }
        if let stream { try container.encode(stream, forKey: "stream") }
        if let streamOptions { try container.encode(streamOptions, forKey: "stream_options") }
        if let presencePenalty { try container.encode(presencePenalty, forKey: "presence_penalty") }
        if let frequencyPenalty { try container.encode(frequencyPenalty, forKey: "frequency_penalty") }
        if let seed { try container.encode(seed, forKey: "seed") }
        if let user { try container.encode(user, forKey: "user") }
        if let logprobs { try container.encode(logprobs, forKey: "logprobs") }
        if let topLogprobs { try container.encode(topLogprobs, forKey: "top_logprobs") }
        if let logitBias { try container.encode(logitBias, forKey: "logit_bias") }
        if let responseFormat { try container.encode(responseFormat, forKey: "response_format") }
        if let tools { try container.encode(tools, forKey: "tools") }
        if let toolChoice { try container.encode(toolChoice, forKey: "tool_choice") }
        if let parallelToolCalls { try container.encode(parallelToolCalls, forKey: "parallel_tool_calls") }
        if let reasoningEffort { try container.encode(reasoningEffort, forKey: "reasoning_effort") }
        if let reasoning { try container.encode(reasoning, forKey: "reasoning") }
        if let metadata { try container.encode(metadata, forKey: "metadata") }
        if let topK { try container.encode(topK, forKey: "top_k") }
        if let minP { try container.encode(minP, forKey: "min_p") }
        if let repetitionPenalty { try container.encode(repetitionPenalty, forKey: "repetition_penalty") }
        if !extraBody.isEmpty {
            try container.encodeExtraBody(extraBody)
        }
    }
}

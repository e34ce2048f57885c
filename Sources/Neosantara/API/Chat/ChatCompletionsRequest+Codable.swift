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
        try container.encodeIfPresent(temperature, forKey: "temperature")
        try container.encodeIfPresent(topP, forKey: "top_p")
        try container.encodeIfPresent(n, forKey: "n")
        try container.encodeIfPresent(stop, forKey: "stop")
        try container.encodeIfPresent(maxTokens, forKey: "max_tokens")
        try container.encodeIfPresent(maxCompletionTokens, forKey: "max_completion_tokens")
        try container.encodeIfPresent(stream, forKey: "stream")
        try container.encodeIfPresent(streamOptions, forKey: "stream_options")
        try container.encodeIfPresent(presencePenalty, forKey: "presence_penalty")
        try container.encodeIfPresent(frequencyPenalty, forKey: "frequency_penalty")
        try container.encodeIfPresent(seed, forKey: "seed")
        try container.encodeIfPresent(user, forKey: "user")
        try container.encodeIfPresent(logprobs, forKey: "logprobs")
        try container.encodeIfPresent(topLogprobs, forKey: "top_logprobs")
        try container.encodeIfPresent(logitBias, forKey: "logit_bias")
        try container.encodeIfPresent(responseFormat, forKey: "response_format")
        try container.encodeIfPresent(tools, forKey: "tools")
        try container.encodeIfPresent(toolChoice, forKey: "tool_choice")
        try container.encodeIfPresent(parallelToolCalls, forKey: "parallel_tool_calls")
        try container.encodeIfPresent(reasoningEffort, forKey: "reasoning_effort")
        try container.encodeIfPresent(reasoning, forKey: "reasoning")
        try container.encodeIfPresent(metadata, forKey: "metadata")
        try container.encodeIfPresent(topK, forKey: "top_k")
        try container.encodeIfPresent(minP, forKey: "min_p")
        try container.encodeIfPresent(repetitionPenalty, forKey: "repetition_penalty")
        try container.encodeExtraBody(extraBody)
    }
}

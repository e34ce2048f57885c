extension ChatCompletionsRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server.
    ///
    /// Fields named in ``extraBody`` are the caller's to check.
    func validate() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        guard !messages.isEmpty else { throw .invalidParameter("messages", "must hold at least one message") }
        for (index, message) in messages.enumerated() where message.role == .tool && message.toolCallID == nil {
            throw .invalidParameter("messages[\(index)].tool_call_id", "is required on a tool message")
        }
        try check(temperature, in: 0...2, "temperature")
        try check(topP, in: 0...1, "top_p")
        try check(n, atLeast: 1, "n")
        try check(maxTokens, atLeast: 1, "max_tokens")
        try check(maxCompletionTokens, atLeast: 1, "max_completion_tokens")
        try check(presencePenalty, in: -2...2, "presence_penalty")
        try check(frequencyPenalty, in: -2...2, "frequency_penalty")
        try check(topLogprobs, in: 0...20, "top_logprobs")
        try check(topK, atLeast: 0, "top_k")
        try check(minP, in: 0...1, "min_p")
        try check(repetitionPenalty, in: 0...3, "repetition_penalty")
        for (token, bias) in logitBias ?? [:] {
            try check(bias, in: -100...100, "logit_bias[\(token)]")
        }
        for (index, tool) in (tools ?? []).enumerated() {
            if case .function(let function) = tool, function.name.isEmpty {
                throw .invalidParameter("tools[\(index)].function.name", "must not be empty")
            }
        }
    }
}

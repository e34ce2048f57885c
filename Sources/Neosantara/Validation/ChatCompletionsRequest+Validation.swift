extension ChatCompletionsRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the
    /// test server runs the same checks. Ranges come from ``ParameterLimits``.
    ///
    /// Fields named in ``extraBody`` are the caller's to check.
    package func validate() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        guard !messages.isEmpty else { throw .invalidParameter("messages", "must hold at least one message") }
        for (index, message) in messages.enumerated() where message.role == .tool && message.toolCallID == nil {
            throw .invalidParameter("messages[\(index)].tool_call_id", "is required on a tool message")
        }
        let limits = ParameterLimits.api
        try limits.temperature.check(temperature)
        try limits.topP.check(topP)
        try limits.n.check(n)
        try limits.maxTokens.check(maxTokens)
        try limits.maxCompletionTokens.check(maxCompletionTokens)
        try limits.presencePenalty.check(presencePenalty)
        try limits.frequencyPenalty.check(frequencyPenalty)
        try limits.topLogprobs.check(topLogprobs)
        try limits.reasoningMaxTokens.check(reasoning?.maxTokens)
        try limits.topK.check(topK)
        try limits.minP.check(minP)
        try limits.repetitionPenalty.check(repetitionPenalty)
        for (token, bias) in logitBias ?? [:] {
            try limits.logitBias.check(bias, as: "\(limits.logitBias.parameter)[\(token)]")
        }
        for (index, tool) in (tools ?? []).enumerated() {
            if case .function(let function) = tool, function.name.isEmpty {
                throw .invalidParameter("tools[\(index)].function.name", "must not be empty")
            }
        }
    }
}

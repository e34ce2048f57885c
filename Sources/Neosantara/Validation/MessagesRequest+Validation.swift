extension MessagesRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the
    /// test server runs the same checks. Ranges come from ``MessagesParameterLimits``.
    ///
    /// Fields named in ``extraBody`` are the caller's to check.
    package func validate() throws(NeosantaraError) {
        try validatePrompt()
        let limits = MessagesParameterLimits.api
        try limits.maxTokens.check(maxTokens)
        try limits.temperature.check(temperature)
        try limits.topP.check(topP)
        try limits.topK.check(topK)
    }

    /// Checks the parts a token count sends too: the model, the messages, the tools and thinking.
    package func validatePrompt() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        guard !messages.isEmpty else { throw .invalidParameter("messages", "must hold at least one message") }
        for (index, message) in messages.enumerated() where message.role != .user && message.role != .assistant {
            throw .invalidParameter("messages[\(index)].role", "must be `user` or `assistant`, not `\(message.role)`")
        }
        if let thinking, thinking.type == .enabled {
            guard let budget = thinking.budgetTokens else {
                throw .invalidParameter("thinking.budget_tokens", "is required when thinking is `enabled`")
            }
            try MessagesParameterLimits.api.thinkingBudgetTokens.check(budget)
        }
        for (index, tool) in (tools ?? []).enumerated() {
            if case .custom(let custom) = tool, custom.name.isEmpty {
                throw .invalidParameter("tools[\(index)].name", "must not be empty")
            }
        }
        if let toolChoice, toolChoice.type == .tool, !(toolChoice.name ?? "").hasContent {
            throw .invalidParameter("tool_choice.name", "is required when `tool_choice.type` is `tool`")
        }
        for (index, server) in (mcpServers ?? []).enumerated() where server.name.isEmpty {
            throw .invalidParameter("mcp_servers[\(index)].name", "must not be empty")
        }
    }
}

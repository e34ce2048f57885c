extension ResponsesRequest {
    /// `max_output_tokens`: at least 1.
    static let maxOutputTokensLimit = ParameterLimit<Int>(CodingKeys.maxOutputTokens, atLeast: 1)
    /// `max_tool_calls`: at least 1.
    static let maxToolCallsLimit = ParameterLimit<Int>(CodingKeys.maxToolCalls, atLeast: 1)

    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the test
    /// server runs the same checks. Fields named in ``extraBody`` are the caller's to check.
    package func validate() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        if input == nil && previousResponseID == nil {
            throw .invalidParameter("input", "is required unless `previous_response_id` continues a conversation")
        }
        if case .items(let items)? = input, items.isEmpty, previousResponseID == nil {
            throw .invalidParameter("input", "must hold at least one item")
        }
        let limits = ParameterLimits.api
        try limits.temperature.check(temperature)
        try limits.topP.check(topP)
        try Self.maxOutputTokensLimit.check(maxOutputTokens)
        try Self.maxToolCallsLimit.check(maxToolCalls)
        if let metadata, metadata.count > 16 {
            throw .invalidParameter("metadata", "may hold at most 16 key-value pairs, not \(metadata.count)")
        }
        if background == true && store == false {
            throw .invalidParameter("background", "needs `store` to be true: a background response is fetched later")
        }
        for (index, tool) in (tools ?? []).enumerated() {
            if case .function(let function) = tool, function.name.isEmpty {
                throw .invalidParameter("tools[\(index)].name", "must not be empty")
            }
        }
    }
}

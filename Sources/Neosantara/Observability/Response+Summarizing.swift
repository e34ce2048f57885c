extension Response: ResponseSummarizing {
    /// The id, model and usage of the response, and its status as its finish reason.
    var summary: ResponseSummary {
        ResponseSummary(
            id: id.isEmpty ? nil : id, model: model, inputTokens: usage?.inputTokens, outputTokens: usage?.outputTokens,
            finishReasons: status.map { [$0.rawValue] } ?? [])
    }
}

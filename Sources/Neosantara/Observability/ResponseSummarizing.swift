/// A response that logs, metrics and spans can summarize.
protocol ResponseSummarizing {
    /// What to record of this response.
    var summary: ResponseSummary { get }
}

extension ChatCompletionsResponse: ResponseSummarizing {
    var summary: ResponseSummary {
        ResponseSummary(
            id: id, model: model, inputTokens: usage?.promptTokens, outputTokens: usage?.completionTokens,
            finishReasons: choices.compactMap { $0.finishReason?.rawValue })
    }
}

extension EmbeddingsResponse: ResponseSummarizing {
    var summary: ResponseSummary {
        ResponseSummary(model: model, inputTokens: usage?.promptTokens)
    }
}

extension ModerationsResponse: ResponseSummarizing {
    var summary: ResponseSummary {
        ResponseSummary(id: id, model: model)
    }
}

extension Message: ResponseSummarizing {
    var summary: ResponseSummary {
        ResponseSummary(
            id: id, model: model, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens,
            finishReasons: stopReason.map { [$0.rawValue] } ?? [])
    }
}

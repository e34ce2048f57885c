/// What logs, metrics and spans record of a successful response: its id, model, token counts and finish
/// reasons.
struct ResponseSummary: Sendable, Equatable {
    /// The response's id, for example `chatcmpl-1`.
    var id: String?
    /// The model that answered, which may differ from the one asked for.
    var model: String?
    /// The tokens the request took, from `usage`.
    var inputTokens: Int?
    /// The tokens the answer took, from `usage`.
    var outputTokens: Int?
    /// Why each choice ended, in the order the choices arrived.
    var finishReasons: [String] = []

    /// Adds what a streamed chunk tells: the id and model of the first chunk that names them, the finish
    /// reasons, and the usage of the chunk that carries it (the last, when `stream_options.include_usage`
    /// is set).
    mutating func absorb(_ chunk: ChatCompletionChunk) {
        id = id ?? chunk.id
        model = model ?? chunk.model
        for choice in chunk.choices {
            if let reason = choice.finishReason {
                finishReasons.append(reason.rawValue)
            }
        }
        if let usage = chunk.usage {
            inputTokens = usage.promptTokens
            outputTokens = usage.completionTokens
        }
    }
}

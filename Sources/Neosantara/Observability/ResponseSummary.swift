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
}

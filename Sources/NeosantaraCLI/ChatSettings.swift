/// How `neosantara chat` asks for and prints replies.
struct ChatSettings: Sendable {
    var model: String
    var temperature: Double?
    var maxTokens: Int?
    var stream: Bool
    var json: Bool
    var showReasoning: Bool
    var verbose: Bool
    /// Chat completions, or the Anthropic-compatible Messages API.
    var api: ChatAPI = .chat
}

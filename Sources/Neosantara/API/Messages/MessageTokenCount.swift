/// The answer of `POST /anthropic/v1/messages/count_tokens`: how many input tokens a request's prompt holds.
public struct MessageTokenCount: Codable, Hashable, Sendable {
    /// The prompt's tokens: messages, system prompt and tools (`input_tokens`).
    public var inputTokens: Int

    /// Creates a token count.
    public init(inputTokens: Int) {
        self.inputTokens = inputTokens
    }

    enum CodingKeys: String, CodingKey {
        case inputTokens = "input_tokens"
    }
}

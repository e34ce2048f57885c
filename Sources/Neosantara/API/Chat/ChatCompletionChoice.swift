/// One generated answer in a ``ChatCompletionsResponse``.
public struct ChatCompletionChoice: Codable, Hashable, Sendable {
    /// The choice's position, from 0.
    public var index: Int
    /// The assistant's message.
    public var message: ChatCompletionMessage
    /// Why the model stopped; any value a provider sends decodes.
    public var finishReason: FinishReason?
    /// Log probabilities, when the request asked for them, as the provider sent them.
    public var logprobs: JSONValue?

    /// Creates a choice.
    public init(
        index: Int = 0,
        message: ChatCompletionMessage,
        finishReason: FinishReason? = nil,
        logprobs: JSONValue? = nil
    ) {
        self.index = index
        self.message = message
        self.finishReason = finishReason
        self.logprobs = logprobs
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case index, message, logprobs
        case finishReason = "finish_reason"
    }

    /// Decodes a choice; a missing index reads as 0 and a missing message as an empty assistant message.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
        message =
            try container.decodeIfPresent(ChatCompletionMessage.self, forKey: .message)
            ?? ChatCompletionMessage(content: nil)
        // Read as a plain string: the same value as decoding `FinishReason`, without a nested decoder.
        finishReason = try container.decodeIfPresent(String.self, forKey: .finishReason)
            .map(FinishReason.init(rawValue:))
        logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
    }
}

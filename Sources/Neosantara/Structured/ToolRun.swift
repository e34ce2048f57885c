/// What ``ChatCompletions/runTools(_:tools:maxRounds:options:onChunk:)`` did: every round's completion and the
/// whole conversation.
public struct ToolRun: Sendable {
    /// Why the run stopped.
    public enum StopReason: Hashable, Sendable {
        /// The model answered without calling a tool.
        case answered
        /// The model still called tools when the last allowed round ended; their results are in
        /// ``ToolRun/messages``, so the conversation can be continued.
        case maxRoundsReached
    }

    /// The conversation: the request's messages, then each round's assistant message and tool results.
    public var messages: [ChatMessage]
    /// The completion of every round, in order.
    public var responses: [APIResponse<ChatCompletionsResponse>]
    /// Why the run stopped.
    public var stopReason: StopReason

    /// Creates a run.
    public init(
        messages: [ChatMessage],
        responses: [APIResponse<ChatCompletionsResponse>] = [],
        stopReason: StopReason = .answered
    ) {
        self.messages = messages
        self.responses = responses
        self.stopReason = stopReason
    }

    /// The last completion.
    public var finalResponse: APIResponse<ChatCompletionsResponse>? { responses.last }

    /// The model's answer: the text of the last completion, when the model answered.
    public var content: String? {
        guard stopReason == .answered else { return nil }
        return responses.last?.value.choices.first?.message.content
    }
}

/// What ``Messages/runTools(_:tools:maxRounds:options:)`` did: every round's message and the whole
/// conversation, with the `tool_use` and `tool_result` blocks.
public struct MessageToolRun: Sendable {
    /// The conversation: the request's messages, then each round's assistant message and the `user` message
    /// with its tool results.
    public var messages: [MessageParam]
    /// The message of every round, in order.
    public var responses: [APIResponse<Message>]
    /// Why the run stopped.
    public var stopReason: ToolRun.StopReason

    /// Creates a run.
    public init(
        messages: [MessageParam], responses: [APIResponse<Message>] = [], stopReason: ToolRun.StopReason = .answered
    ) {
        self.messages = messages
        self.responses = responses
        self.stopReason = stopReason
    }

    /// The model's answer: the text of the last message, when the model answered.
    public var text: String? {
        guard stopReason == .answered else { return nil }
        return responses.last?.value.text
    }
}

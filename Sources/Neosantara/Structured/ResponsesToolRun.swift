/// What ``Responses/runTools(_:tools:maxRounds:options:)`` did: every round's response, and why it stopped.
public struct ResponsesToolRun: Sendable {
    /// Every round's response, in order; the last one holds the answer.
    public var responses: [APIResponse<Response>]
    /// Every function call output sent back, in order.
    public var outputs: [ResponseInputItem]
    /// Why the run ended.
    public var stopReason: ToolRun.StopReason

    /// Creates a run.
    public init(
        responses: [APIResponse<Response>] = [], outputs: [ResponseInputItem] = [],
        stopReason: ToolRun.StopReason = .answered
    ) {
        self.responses = responses
        self.outputs = outputs
        self.stopReason = stopReason
    }

    /// The last round's response.
    public var finalResponse: APIResponse<Response>? { responses.last }

    /// The text of the last round's response.
    public var outputText: String { responses.last?.value.outputText ?? "" }
}

/// How a reasoning model thinks for a response, and what it reports of it.
public struct ResponseReasoningOptions: Codable, Hashable, Sendable {
    /// How hard the model thinks.
    public var effort: ReasoningEffort?
    /// How much of the reasoning is summarised in reasoning items.
    public var summary: ReasoningSummaryMode?

    /// Creates reasoning options.
    public init(effort: ReasoningEffort? = nil, summary: ReasoningSummaryMode? = nil) {
        self.effort = effort
        self.summary = summary
    }
}

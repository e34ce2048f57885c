/// The ranges the Messages API accepts for the numbers in a request: the one table that the SDK's
/// validation and the test server's read, as ``ParameterLimits`` is for chat completions.
///
/// The values are those of the gateway's OpenAPI document for `POST /anthropic/v1/messages`: `temperature`
/// is 0 to 1 there, not chat's 0 to 2, and `top_k` must be positive.
///
/// One stored property per limited field, so that a test can walk them all.
package struct MessagesParameterLimits: Sendable {
    private typealias Keys = MessagesRequest.CodingKeys

    /// The API's limits.
    package static let api = MessagesParameterLimits()

    /// `max_tokens`: at least 1.
    package let maxTokens = ParameterLimit<Int>(Keys.maxTokens, atLeast: 1)
    /// `temperature`: 0 to 1.
    package let temperature = ParameterLimit<Double>(Keys.temperature, range: 0...1)
    /// `top_p`: 0 to 1.
    package let topP = ParameterLimit<Double>(Keys.topP, range: 0...1)
    /// `top_k`: at least 1.
    package let topK = ParameterLimit<Int>(Keys.topK, atLeast: 1)
    /// `thinking.budget_tokens`: at least 1,024.
    package let thinkingBudgetTokens = ParameterLimit<Int>(
        Keys.thinking, ThinkingConfiguration.CodingKeys.budgetTokens, atLeast: 1024)

    private init() {}
}

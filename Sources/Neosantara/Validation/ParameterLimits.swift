/// The ranges the API accepts for the numbers in a request: the one table that the SDK's validation and
/// the test server's read, so that the two cannot disagree.
///
/// The values are those of the gateway's OpenAPI document for `POST /v1/chat/completions`, which are
/// OpenAI's. Where the 2025 seed spec says otherwise, the current document wins: `n` is 1 to 128 there and
/// 1 to 10 in the seed. Neither document bounds embedding `dimensions`: 4096 is the bound the test server
/// has always applied, now the SDK's too; raise it here when a model offers longer vectors.
///
/// One stored property per limited field, so that a test can walk them all.
package struct ParameterLimits: Sendable {
    private typealias Chat = ChatCompletionsRequest.CodingKeys

    /// The API's limits.
    package static let api = ParameterLimits()

    /// `temperature`: 0 to 2.
    package let temperature = ParameterLimit<Double>(Chat.temperature, range: 0...2)
    /// `top_p`: 0 to 1.
    package let topP = ParameterLimit<Double>(Chat.topP, range: 0...1)
    /// `n`: 1 to 128.
    package let n = ParameterLimit<Int>(Chat.n, range: 1...128)
    /// `max_tokens`: at least 1.
    package let maxTokens = ParameterLimit<Int>(Chat.maxTokens, atLeast: 1)
    /// `max_completion_tokens`: at least 1.
    package let maxCompletionTokens = ParameterLimit<Int>(Chat.maxCompletionTokens, atLeast: 1)
    /// `presence_penalty`: −2 to 2.
    package let presencePenalty = ParameterLimit<Double>(Chat.presencePenalty, range: -2...2)
    /// `frequency_penalty`: −2 to 2.
    package let frequencyPenalty = ParameterLimit<Double>(Chat.frequencyPenalty, range: -2...2)
    /// `top_logprobs`: 0 to 20.
    package let topLogprobs = ParameterLimit<Int>(Chat.topLogprobs, range: 0...20)
    /// Each value of `logit_bias`: −100 to 100.
    package let logitBias = ParameterLimit<Int>(Chat.logitBias, range: -100...100)
    /// `reasoning.max_tokens`: at least 1.
    package let reasoningMaxTokens = ParameterLimit<Int>(
        Chat.reasoning, ReasoningOptions.CodingKeys.maxTokens, atLeast: 1)
    /// `top_k`: at least 0.
    package let topK = ParameterLimit<Int>(Chat.topK, atLeast: 0)
    /// `min_p`: 0 to 1.
    package let minP = ParameterLimit<Double>(Chat.minP, range: 0...1)
    /// `repetition_penalty`: 0 to 3.
    package let repetitionPenalty = ParameterLimit<Double>(Chat.repetitionPenalty, range: 0...3)
    /// Embeddings `dimensions`: 1 to 4096.
    package let dimensions = ParameterLimit<Int>(EmbeddingsRequest.CodingKeys.dimensions, range: 1...4096)

    private init() {}
}

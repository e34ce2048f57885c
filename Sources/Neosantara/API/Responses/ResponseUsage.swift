/// The tokens a response used.
///
/// Decodes the Responses names (`input_tokens`, `output_tokens`) and, from gateways that send them, chat's
/// (`prompt_tokens`, `completion_tokens`); it encodes the Responses names.
public struct ResponseUsage: Hashable, Sendable {
    /// Tokens of the input, the conversation carried over by `previous_response_id` included.
    public var inputTokens: Int
    /// Tokens generated, reasoning included.
    public var outputTokens: Int
    /// Input and output tokens together.
    public var totalTokens: Int
    /// Input tokens read from the prompt cache.
    public var cachedTokens: Int?
    /// Output tokens spent on reasoning.
    public var reasoningTokens: Int?

    /// Creates usage; the total defaults to input plus output.
    public init(
        inputTokens: Int, outputTokens: Int, totalTokens: Int? = nil, cachedTokens: Int? = nil,
        reasoningTokens: Int? = nil
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        let (sum, overflow) = inputTokens.addingReportingOverflow(outputTokens)
        self.totalTokens = totalTokens ?? (overflow ? (inputTokens > 0 ? .max : .min) : sum)
        self.cachedTokens = cachedTokens
        self.reasoningTokens = reasoningTokens
    }
}

extension ResponseUsage: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
        case totalTokens = "total_tokens"
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case inputTokensDetails = "input_tokens_details"
        case outputTokensDetails = "output_tokens_details"
    }

    struct Details: Codable {
        var cachedTokens: Int?
        var reasoningTokens: Int?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case cachedTokens = "cached_tokens"
            case reasoningTokens = "reasoning_tokens"
        }
    }

    /// Decodes usage under either naming; missing counts are 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let input =
            try container.decodeIfPresent(Int.self, forKey: .inputTokens)
            ?? container.decodeIfPresent(Int.self, forKey: .promptTokens) ?? 0
        let output =
            try container.decodeIfPresent(Int.self, forKey: .outputTokens)
            ?? container.decodeIfPresent(Int.self, forKey: .completionTokens) ?? 0
        self.init(
            inputTokens: input, outputTokens: output,
            totalTokens: try container.decodeIfPresent(Int.self, forKey: .totalTokens),
            cachedTokens: try container.decodeIfPresent(Details.self, forKey: .inputTokensDetails)?.cachedTokens,
            reasoningTokens: try container.decodeIfPresent(Details.self, forKey: .outputTokensDetails)?.reasoningTokens)
    }

    /// Encodes usage under the Responses names, with zero details when they are unknown, as OpenAI sends them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(inputTokens, forKey: .inputTokens)
        try container.encode(outputTokens, forKey: .outputTokens)
        try container.encode(totalTokens, forKey: .totalTokens)
        try container.encode(Details(cachedTokens: cachedTokens ?? 0), forKey: .inputTokensDetails)
        try container.encode(Details(reasoningTokens: reasoningTokens ?? 0), forKey: .outputTokensDetails)
    }
}

/// Token counts for one request.
///
/// Reasoning tokens are counted inside ``completionTokens``; ``CompletionTokensDetails/reasoningTokens``
/// says how many of them the model spent thinking.
public struct Usage: Codable, Hashable, Sendable {
    /// Tokens in the prompt.
    public var promptTokens: Int
    /// Tokens in the generated completion, reasoning included.
    public var completionTokens: Int
    /// Prompt and completion tokens together.
    public var totalTokens: Int
    /// A breakdown of the prompt tokens, when the provider reports one.
    public var promptTokensDetails: PromptTokensDetails?
    /// A breakdown of the completion tokens, when the provider reports one.
    public var completionTokensDetails: CompletionTokensDetails?

    /// Creates token counts.
    public init(
        promptTokens: Int,
        completionTokens: Int,
        totalTokens: Int,
        promptTokensDetails: PromptTokensDetails? = nil,
        completionTokensDetails: CompletionTokensDetails? = nil
    ) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens
        self.promptTokensDetails = promptTokensDetails
        self.completionTokensDetails = completionTokensDetails
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
        case promptTokensDetails = "prompt_tokens_details"
        case completionTokensDetails = "completion_tokens_details"
    }

    /// Decodes usage; a missing count reads as zero, since some providers leave counts out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        promptTokens = try container.decodeIfPresent(Int.self, forKey: .promptTokens) ?? 0
        completionTokens = try container.decodeIfPresent(Int.self, forKey: .completionTokens) ?? 0
        totalTokens = try container.decodeIfPresent(Int.self, forKey: .totalTokens) ?? 0
        promptTokensDetails = try container.decodeIfPresent(PromptTokensDetails.self, forKey: .promptTokensDetails)
        completionTokensDetails = try container.decodeIfPresent(
            CompletionTokensDetails.self,
            forKey: .completionTokensDetails
        )
    }

    /// Where prompt tokens came from.
    public struct PromptTokensDetails: Codable, Hashable, Sendable {
        /// Prompt tokens served from the provider's prompt cache.
        public var cachedTokens: Int?
        /// Audio tokens in the prompt.
        public var audioTokens: Int?

        /// Creates a prompt breakdown.
        public init(cachedTokens: Int? = nil, audioTokens: Int? = nil) {
            self.cachedTokens = cachedTokens
            self.audioTokens = audioTokens
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case cachedTokens = "cached_tokens"
            case audioTokens = "audio_tokens"
        }
    }

    /// What completion tokens were spent on.
    public struct CompletionTokensDetails: Codable, Hashable, Sendable {
        /// Tokens the model spent reasoning; included in ``Usage/completionTokens``.
        public var reasoningTokens: Int?
        /// Audio tokens in the completion.
        public var audioTokens: Int?

        /// Creates a completion breakdown.
        public init(reasoningTokens: Int? = nil, audioTokens: Int? = nil) {
            self.reasoningTokens = reasoningTokens
            self.audioTokens = audioTokens
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case reasoningTokens = "reasoning_tokens"
            case audioTokens = "audio_tokens"
        }
    }
}

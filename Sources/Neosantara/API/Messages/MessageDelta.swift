/// The end of a streamed message (`message_delta`): why the model stopped, and the final token counts.
public struct MessageDelta: Hashable, Sendable {
    /// Why the model stopped.
    public var stopReason: StopReason?
    /// The stop sequence the model wrote, if any.
    public var stopSequence: String?
    /// The counts so far: `output_tokens` always, the input and cache counts when the server sends them
    /// again. Fields it leaves out are `nil` here.
    public var usage: Usage

    /// Creates a message delta.
    public init(stopReason: StopReason?, stopSequence: String? = nil, usage: Usage) {
        self.stopReason = stopReason
        self.stopSequence = stopSequence
        self.usage = usage
    }

    /// The token counts of a `message_delta`; fields the SDK does not model are kept in ``other``.
    public struct Usage: Codable, Hashable, Sendable {
        /// The tokens generated so far.
        public var outputTokens: Int?
        /// The input tokens, when sent again.
        public var inputTokens: Int?
        /// The input tokens written to the cache, when sent again.
        public var cacheCreationInputTokens: Int?
        /// The input tokens read from the cache, when sent again.
        public var cacheReadInputTokens: Int?
        /// Every other field, as the server sent it.
        public var other: [String: JSONValue]

        /// Creates delta usage.
        public init(
            outputTokens: Int?, inputTokens: Int? = nil, cacheCreationInputTokens: Int? = nil,
            cacheReadInputTokens: Int? = nil, other: [String: JSONValue] = [:]
        ) {
            self.outputTokens = outputTokens
            self.inputTokens = inputTokens
            self.cacheCreationInputTokens = cacheCreationInputTokens
            self.cacheReadInputTokens = cacheReadInputTokens
            self.other = other
        }

        private enum CodingKeys: String, CodingKey, CaseIterable {
            case outputTokens = "output_tokens"
            case inputTokens = "input_tokens"
            case cacheCreationInputTokens = "cache_creation_input_tokens"
            case cacheReadInputTokens = "cache_read_input_tokens"
        }

        private static let knownKeys = Set(CodingKeys.allCases.map(\.stringValue))

        /// Decodes delta usage; unknown fields go to ``other``.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            outputTokens = try container.decodeIfPresent(Int.self, forKey: .outputTokens)
            inputTokens = try container.decodeIfPresent(Int.self, forKey: .inputTokens)
            cacheCreationInputTokens = try container.decodeIfPresent(Int.self, forKey: .cacheCreationInputTokens)
            cacheReadInputTokens = try container.decodeIfPresent(Int.self, forKey: .cacheReadInputTokens)
            other = try decoder.container(keyedBy: DynamicCodingKey.self).decodeExtraBody(excluding: Self.knownKeys)
        }

        /// Encodes delta usage, with ``other`` alongside.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(outputTokens, forKey: .outputTokens)
            try container.encodeIfPresent(inputTokens, forKey: .inputTokens)
            try container.encodeIfPresent(cacheCreationInputTokens, forKey: .cacheCreationInputTokens)
            try container.encodeIfPresent(cacheReadInputTokens, forKey: .cacheReadInputTokens)
            if !other.isEmpty {
                var extra = encoder.container(keyedBy: DynamicCodingKey.self)
                try extra.encodeExtraBody(other)
            }
        }
    }
}

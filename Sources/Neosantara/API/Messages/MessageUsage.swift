/// The tokens a Messages API call used, with those read from and written to the prompt cache.
///
/// Fields the SDK does not model, such as `server_tool_use` or `service_tier`, are kept in ``other``.
public struct MessageUsage: Hashable, Sendable {
    /// The input tokens not read from or written to the cache (`input_tokens`).
    public var inputTokens: Int
    /// The tokens generated (`output_tokens`).
    public var outputTokens: Int
    /// The input tokens written to the cache (`cache_creation_input_tokens`).
    public var cacheCreationInputTokens: Int?
    /// The input tokens read from the cache (`cache_read_input_tokens`).
    public var cacheReadInputTokens: Int?
    /// Input and output together, when the gateway sends it (`total_tokens`).
    public var totalTokens: Int?
    /// Every other field, as the server sent it.
    public var other: [String: JSONValue]

    /// Creates a usage record.
    public init(
        inputTokens: Int, outputTokens: Int, cacheCreationInputTokens: Int? = nil, cacheReadInputTokens: Int? = nil,
        totalTokens: Int? = nil, other: [String: JSONValue] = [:]
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheCreationInputTokens = cacheCreationInputTokens
        self.cacheReadInputTokens = cacheReadInputTokens
        self.totalTokens = totalTokens
        self.other = other
    }
}

extension MessageUsage: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
        case cacheCreationInputTokens = "cache_creation_input_tokens"
        case cacheReadInputTokens = "cache_read_input_tokens"
        case totalTokens = "total_tokens"
    }

    private static let knownKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes usage; a missing count reads as 0, and unknown fields go to ``other``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inputTokens = try container.decodeIfPresent(Int.self, forKey: .inputTokens) ?? 0
        outputTokens = try container.decodeIfPresent(Int.self, forKey: .outputTokens) ?? 0
        cacheCreationInputTokens = try container.decodeIfPresent(Int.self, forKey: .cacheCreationInputTokens)
        cacheReadInputTokens = try container.decodeIfPresent(Int.self, forKey: .cacheReadInputTokens)
        totalTokens = try container.decodeIfPresent(Int.self, forKey: .totalTokens)
        other = try decoder.container(keyedBy: DynamicCodingKey.self).decodeExtraBody(excluding: Self.knownKeys)
    }

    /// Encodes usage, with ``other`` alongside.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(inputTokens, forKey: .inputTokens)
        try container.encode(outputTokens, forKey: .outputTokens)
        try container.encodeIfPresent(cacheCreationInputTokens, forKey: .cacheCreationInputTokens)
        try container.encodeIfPresent(cacheReadInputTokens, forKey: .cacheReadInputTokens)
        try container.encodeIfPresent(totalTokens, forKey: .totalTokens)
        if !other.isEmpty {
            var extra = encoder.container(keyedBy: DynamicCodingKey.self)
            try extra.encodeExtraBody(other)
        }
    }
}

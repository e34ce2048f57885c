/// A model as the Anthropic-compatible API lists it (`GET /anthropic/v1/models`).
public struct AnthropicModel: Codable, Hashable, Sendable, Identifiable {
    /// Always `model`.
    public var type: String
    /// The model id, for a request's `model`.
    public var id: String
    /// A name for people (`display_name`).
    public var displayName: String?
    /// When the model was released, as an RFC 3339 date-time (`created_at`).
    public var createdAt: String?
    /// The most tokens of input and output together (`context_window`).
    public var contextWindow: Int?
    /// The most tokens it generates in one answer (`max_output_tokens`).
    public var maxOutputTokens: Int?

    /// Creates a model description.
    public init(
        id: String, displayName: String? = nil, createdAt: String? = nil, contextWindow: Int? = nil,
        maxOutputTokens: Int? = nil, type: String = "model"
    ) {
        self.type = type
        self.id = id
        self.displayName = displayName
        self.createdAt = createdAt
        self.contextWindow = contextWindow
        self.maxOutputTokens = maxOutputTokens
    }

    enum CodingKeys: String, CodingKey {
        case type, id
        case displayName = "display_name"
        case createdAt = "created_at"
        case contextWindow = "context_window"
        case maxOutputTokens = "max_output_tokens"
    }

    /// Decodes a model; a missing `type` reads as `model`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "model"
        id = try container.decode(String.self, forKey: .id)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
        contextWindow = try container.decodeIfPresent(Int.self, forKey: .contextWindow)
        maxOutputTokens = try container.decodeIfPresent(Int.self, forKey: .maxOutputTokens)
    }
}

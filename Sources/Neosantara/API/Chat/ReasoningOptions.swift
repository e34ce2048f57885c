/// The gateway's unified reasoning settings, sent as `reasoning`.
public struct ReasoningOptions: Codable, Hashable, Sendable {
    /// Whether the model reasons at all.
    public var enabled: Bool?
    /// How much the model reasons.
    public var effort: ReasoningEffort?
    /// The most tokens the model may spend reasoning; at least 1.
    public var maxTokens: Int?

    /// Creates reasoning settings.
    public init(enabled: Bool? = nil, effort: ReasoningEffort? = nil, maxTokens: Int? = nil) {
        self.enabled = enabled
        self.effort = effort
        self.maxTokens = maxTokens
    }

    enum CodingKeys: String, CodingKey {
        case enabled, effort
        case maxTokens = "max_tokens"
    }
}

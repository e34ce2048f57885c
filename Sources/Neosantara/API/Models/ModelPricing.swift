/// What a model costs.
public struct ModelPricing: Codable, Hashable, Sendable {
    /// The price of input tokens, in ``currency``.
    public var inputTokens: Double?
    /// The price of output tokens, in ``currency``.
    public var outputTokens: Double?
    /// The currency, for example `"USD"` or `"IDR"`.
    public var currency: String?

    /// Creates pricing.
    public init(inputTokens: Double? = nil, outputTokens: Double? = nil, currency: String? = nil) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.currency = currency
    }

    enum CodingKeys: String, CodingKey {
        case currency
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
    }
}

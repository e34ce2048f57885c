/// The tokens an evaluation used. `/evaluate` and `/evaluations` spell the keys in camelCase
/// (`inputTokens`), `/systemone` in snake_case (`input_tokens`); both decode.
public struct EvaluationUsage: Codable, Hashable, Sendable {
    /// Tokens read.
    public var inputTokens: Int
    /// Tokens written.
    public var outputTokens: Int

    /// Creates a usage record.
    public init(inputTokens: Int, outputTokens: Int) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }

    enum CodingKeys: String, CodingKey {
        case inputTokens, outputTokens
        case snakeInput = "input_tokens"
        case snakeOutput = "output_tokens"
    }

    /// Decodes either spelling; a missing count is 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func count(_ camel: CodingKeys, _ snake: CodingKeys) throws -> Int {
            try container.decodeWholeNumberIfPresent(forKey: camel)
                ?? container.decodeWholeNumberIfPresent(forKey: snake) ?? 0
        }
        inputTokens = try count(.inputTokens, .snakeInput)
        outputTokens = try count(.outputTokens, .snakeOutput)
    }

    /// Encodes in camelCase, as `/evaluate` does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(inputTokens, forKey: .inputTokens)
        try container.encode(outputTokens, forKey: .outputTokens)
    }
}

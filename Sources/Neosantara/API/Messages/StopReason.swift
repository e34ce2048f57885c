/// Why the model stopped (`stop_reason`); any value decodes.
public struct StopReason: OpenStringEnum {
    /// The wire spelling.
    public let rawValue: String

    /// Creates a stop reason from its wire spelling.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The model finished its turn.
    public static let endTurn = Self(rawValue: "end_turn")
    /// The answer reached `max_tokens`.
    public static let maxTokens = Self(rawValue: "max_tokens")
    /// The model wrote one of the `stop_sequences`.
    public static let stopSequence = Self(rawValue: "stop_sequence")
    /// The model called a tool and waits for its result.
    public static let toolUse = Self(rawValue: "tool_use")
    /// A long-running server tool paused the turn; send the answer back to continue it.
    public static let pauseTurn = Self(rawValue: "pause_turn")
    /// The model declined to answer.
    public static let refusal = Self(rawValue: "refusal")
}

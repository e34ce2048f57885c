/// Why the model stopped generating a choice. Providers add their own values; any string decodes.
public struct FinishReason: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The model reached a natural end or a stop sequence.
    public static let stop = Self(rawValue: "stop")

    /// The output hit `max_tokens` or the context length: the answer is cut short.
    public static let length = Self(rawValue: "length")

    /// The model is calling tools; answer with `tool` messages.
    public static let toolCalls = Self(rawValue: "tool_calls")

    /// The model called a legacy function.
    public static let functionCall = Self(rawValue: "function_call")

    /// Content was omitted by a content filter.
    public static let contentFilter = Self(rawValue: "content_filter")
}

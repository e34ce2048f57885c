/// The `text` member of a Responses request or response: the format the text must take.
public struct ResponseTextOptions: Codable, Hashable, Sendable {
    /// The format: text, a JSON object, or JSON that matches a schema.
    public var format: ResponseTextFormat?
    /// How wordy the answer is, such as `low`, `medium` or `high`, where the model supports it.
    public var verbosity: String?

    /// Creates text options.
    public init(format: ResponseTextFormat? = nil, verbosity: String? = nil) {
        self.format = format
        self.verbosity = verbosity
    }
}

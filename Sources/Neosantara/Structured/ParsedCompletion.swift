/// A chat completion whose answer decoded into a Swift value.
public struct ParsedCompletion<Output: Sendable>: Sendable {
    /// The decoded answer.
    public var value: Output
    /// The completion it came from, with the HTTP status, headers and request id.
    public var response: APIResponse<ChatCompletionsResponse>

    /// Creates a parsed completion.
    public init(value: Output, response: APIResponse<ChatCompletionsResponse>) {
        self.value = value
        self.response = response
    }
}

/// A Messages API answer decoded as a Swift value, with the message it came from.
public struct ParsedMessage<Output: Sendable>: Sendable {
    /// The decoded value.
    public var value: Output
    /// The message, with the HTTP status, headers and request id.
    public var response: APIResponse<Message>

    /// Creates a parsed message.
    public init(value: Output, response: APIResponse<Message>) {
        self.value = value
        self.response = response
    }
}

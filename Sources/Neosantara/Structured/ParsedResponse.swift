/// A response of the Responses API whose text decoded into a Swift value.
public struct ParsedResponse<Output: Sendable>: Sendable {
    /// The decoded answer.
    public var value: Output
    /// The response it came from, with the HTTP status, headers and request id.
    public var response: APIResponse<Response>

    /// Creates a parsed response.
    public init(value: Output, response: APIResponse<Response>) {
        self.value = value
        self.response = response
    }
}

/// Why a response failed: the `error` of a `failed` response.
public struct ResponseError: Codable, Hashable, Sendable {
    /// A code such as `server_error` or `rate_limit_exceeded`.
    public var code: String?
    /// What went wrong, in words.
    public var message: String

    /// Creates a response error.
    public init(code: String? = nil, message: String) {
        self.code = code
        self.message = message
    }
}

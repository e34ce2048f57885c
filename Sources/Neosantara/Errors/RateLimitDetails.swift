/// The figures of a rate-limit error, from the `details` object of a 429 body.
public struct RateLimitDetails: Hashable, Sendable {
    /// The limit that was hit.
    public var limit: Int?
    /// What is left of it.
    public var remaining: Int?
    /// Seconds to wait before retrying, as the body says.
    public var retryAfter: Double?
    /// When the limit resets, as the server wrote it.
    public var reset: String?

    /// Creates rate-limit figures.
    public init(limit: Int? = nil, remaining: Int? = nil, retryAfter: Double? = nil, reset: String? = nil) {
        self.limit = limit
        self.remaining = remaining
        self.retryAfter = retryAfter
        self.reset = reset
    }

    /// Reads the figures from a `details` object.
    init(_ details: JSONValue) {
        self.init(
            limit: details["limit"]?.intValue,
            remaining: details["remaining"]?.intValue,
            retryAfter: details["retry_after"]?.doubleValue,
            reset: details["reset"]?.stringValue
        )
    }
}

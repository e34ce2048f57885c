/// The most one batch's input file may hold: requests and bytes.
public struct BatchLimits: Sendable, Hashable {
    /// The most requests in one input file. Defaults to 50,000.
    public var maximumRequests: Int
    /// The most bytes in one input file. Defaults to 200 MB (200,000,000 bytes).
    public var maximumBytes: Int64

    /// Creates limits; the defaults are the gateway's.
    public init(maximumRequests: Int = 50_000, maximumBytes: Int64 = 200_000_000) {
        self.maximumRequests = maximumRequests
        self.maximumBytes = maximumBytes
    }

    /// The gateway's limits: 50,000 requests and 200 MB per file.
    public static let `default` = BatchLimits()
}

import Foundation

/// A batch input file that was written or checked: where it is, what it calls, and how big it is.
public struct BatchInputSummary: Sendable, Hashable {
    /// The file.
    public var url: URL
    /// The endpoint every line calls; `nil` for a file without lines.
    public var endpoint: BatchEndpoint?
    /// The number of requests.
    public var requestCount: Int
    /// The file's size in bytes.
    public var byteCount: Int64

    /// Creates a summary.
    public init(url: URL, endpoint: BatchEndpoint?, requestCount: Int, byteCount: Int64) {
        self.url = url
        self.endpoint = endpoint
        self.requestCount = requestCount
        self.byteCount = byteCount
    }
}

extension BatchInputSummary {
    /// Checks an input file in the gateway's JSONL format, line by line without reading it whole, before it is
    /// uploaded.
    ///
    /// ```swift
    /// let input = try BatchInputSummary(checking: URL(fileURLWithPath: "requests.jsonl"), endpoint: .chatCompletions)
    /// print(input.requestCount, "requests")
    /// ```
    ///
    /// Every line must be a JSON object with a non-empty `custom_id` used once, `method` `POST`, a `url` that is
    /// `endpoint` (without one, the first line's) and an object `body`; the file must hold a request and stay
    /// within `limits`. Blank lines are skipped.
    ///
    /// - Throws: An ``NeosantaraError/Kind/invalidRequest`` error for a missing or unreadable file, or that
    ///   starts with the first bad line's number, such as `line 3: custom_id "a" is already used on line 1`.
    public init(checking url: URL, endpoint: BatchEndpoint? = nil, limits: BatchLimits = .default)
        throws(NeosantaraError)
    {
        self = try BatchInputChecker.check(fileAt: url, endpoint: endpoint, limits: limits)
    }
}

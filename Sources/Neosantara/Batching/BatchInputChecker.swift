/// Checks the lines of a batch input file as they are written or read: one endpoint for all, unique non-empty
/// `custom_id`s, and the per-file limits, each problem reported with its line number.
struct BatchInputChecker: Sendable {
    let limits: BatchLimits
    /// The endpoint of the first line, which every other line must call.
    private(set) var endpoint: BatchEndpoint?
    /// The requests checked so far.
    private(set) var requestCount = 0
    /// The bytes of the lines checked so far, newlines included.
    private(set) var byteCount: Int64 = 0
    /// The line each `custom_id` was first seen on.
    private var lines: [String: Int] = [:]

    init(limits: BatchLimits, endpoint: BatchEndpoint? = nil) {
        self.limits = limits
        self.endpoint = endpoint
    }

    /// Counts line `line` of `bytes` bytes (its newline included) for `customID` calling `url`, or throws what
    /// is wrong with it.
    mutating func check(customID: String, url: BatchEndpoint, bytes: Int, line: Int) throws(NeosantaraError) {
        guard !customID.isEmpty else { throw Self.problem(line, "`custom_id` must not be empty", "custom_id") }
        if let first = lines[customID] {
            throw Self.problem(line, "`custom_id` `\(customID)` is already used on line \(first)", "custom_id")
        }
        if let endpoint, endpoint != url {
            throw Self.problem(
                line, "`url` is `\(url)`, but the batch's endpoint is `\(endpoint)`; a batch calls one endpoint",
                "url")
        }
        guard requestCount < limits.maximumRequests else {
            throw Self.problem(
                line,
                "a batch holds at most \(limits.maximumRequests) requests; split the input or shard it with "
                    + "`client.batches.run`", nil)
        }
        guard byteCount + Int64(bytes) <= limits.maximumBytes else {
            throw Self.problem(
                line,
                "the file would pass \(limits.maximumBytes) bytes, the most a batch takes; split the input or "
                    + "shard it with `client.batches.run`", nil)
        }
        endpoint = url
        lines[customID] = line
        requestCount += 1
        byteCount += Int64(bytes)
    }

    /// An ``NeosantaraError/Kind/invalidRequest`` error about line `line`.
    static func problem(_ line: Int, _ message: String, _ parameter: String?) -> NeosantaraError {
        NeosantaraError(kind: .invalidRequest, message: "line \(line): \(message)", parameter: parameter)
    }
}

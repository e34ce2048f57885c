/// How many of a batch's requests there are, and how many have finished each way.
public struct BatchRequestCounts: Codable, Hashable, Sendable {
    /// The requests in the input file.
    public var total: Int
    /// The requests that got a successful response.
    public var completed: Int
    /// The requests that got an error.
    public var failed: Int

    /// Creates counts.
    public init(total: Int = 0, completed: Int = 0, failed: Int = 0) {
        self.total = total
        self.completed = completed
        self.failed = failed
    }

    /// The requests that have finished, either way; saturating, since the counts come from the server.
    public var finished: Int {
        let (sum, overflow) = completed.addingReportingOverflow(failed)
        return overflow ? (completed > 0 ? .max : .min) : sum
    }
}

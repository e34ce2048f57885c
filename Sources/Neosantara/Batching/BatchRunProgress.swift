/// How far a job of ``Batches/run(_:as:stateFile:options:onProgress:)`` is, summed over its shards.
public struct BatchRunProgress: Sendable, Hashable {
    /// The number of shards, one batch each.
    public var shards: Int
    /// The shards whose batch has ended.
    public var endedShards: Int
    /// The requests counted so far, summed over the shards' `request_counts`.
    public var requestCounts: BatchRequestCounts

    /// Creates a progress report.
    public init(shards: Int, endedShards: Int, requestCounts: BatchRequestCounts) {
        self.shards = shards
        self.endedShards = endedShards
        self.requestCounts = requestCounts
    }
}

/// How ``Batches/run(_:as:stateFile:options:onProgress:)`` shards, sends and waits for a job.
public struct BatchRunOptions: Sendable, Hashable {
    /// The most requests and bytes per shard; a job over them is split into several batches. Defaults to
    /// ``BatchLimits/default``: 50,000 requests and 200 MB.
    public var limits: BatchLimits
    /// The most shards uploaded, created and waited for at once. Defaults to 4.
    public var maximumConcurrentShards: Int
    /// How each shard's batch is polled. Defaults to ``PollingOptions/default``.
    public var polling: PollingOptions
    /// How long the server has for each batch. Defaults to `24h`.
    public var completionWindow: BatchCompletionWindow

    /// Creates options; the defaults are described on each property.
    public init(
        limits: BatchLimits = .default,
        maximumConcurrentShards: Int = 4,
        polling: PollingOptions = .default,
        completionWindow: BatchCompletionWindow = .hours24
    ) {
        self.limits = limits
        self.maximumConcurrentShards = maximumConcurrentShards
        self.polling = polling
        self.completionWindow = completionWindow
    }
}

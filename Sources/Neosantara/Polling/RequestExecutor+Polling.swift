extension RequestExecutor {
    /// Polls a long-running job on the configuration's clock until `isFinished`, as ``JobPoller`` does: the one
    /// entry point that batches, background responses and videos wait through.
    ///
    /// Each fetch is an ordinary call, retried as the retry policy says.
    func poll<Job: Sendable>(
        options: PollingOptions,
        fetch: () async throws(NeosantaraError) -> APIResponse<Job>,
        isFinished: (Job) -> Bool,
        describeStatus: (Job) -> String,
        onProgress: ((Job) -> Void)?
    ) async throws(NeosantaraError) -> APIResponse<Job> {
        try await Self.poll(
            on: configuration.clock, options: options, fetch: fetch, isFinished: isFinished,
            describeStatus: describeStatus, onProgress: onProgress)
    }

    /// Opens the configuration's clock as the concrete clock ``JobPoller`` needs.
    private static func poll<Job: Sendable, C: Clock<Duration>>(
        on clock: C,
        options: PollingOptions,
        fetch: () async throws(NeosantaraError) -> APIResponse<Job>,
        isFinished: (Job) -> Bool,
        describeStatus: (Job) -> String,
        onProgress: ((Job) -> Void)?
    ) async throws(NeosantaraError) -> APIResponse<Job> {
        try await JobPoller(clock: clock, options: options).poll(
            fetch: fetch, isFinished: isFinished, describeStatus: describeStatus, onProgress: onProgress)
    }
}

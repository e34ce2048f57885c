/// Fetches a long-running job until it reaches a terminal status, waiting between fetches as
/// ``PollingOptions`` say: the one loop every operation that waits for a batch, a background response or a
/// video uses.
///
/// The waits are slept on `clock`, so tests drive them with a clock of their own instead of sleeping.
struct JobPoller<C: Clock<Duration>>: Sendable {
    let clock: C
    let options: PollingOptions

    /// Fetches the job at once and after each wait until `isFinished` says it is done, and returns the last
    /// response.
    ///
    /// Every fetched job is handed to `onProgress`, the finished one included. When ``PollingOptions/timeout``
    /// is set and a wait would end past it, the wait is shortened to end there and the job is fetched one last
    /// time; if it is still not finished, the call throws.
    ///
    /// - Parameters:
    ///   - fetch: Fetches the job once; its errors end the polling unchanged (the executor has already
    ///     retried what its retry policy retries).
    ///   - isFinished: Whether a job has reached a terminal status.
    ///   - describeStatus: The job's status in a few words, such as `in_progress`, for the timeout's message.
    ///   - onProgress: Called with each fetched job.
    /// - Throws: What `fetch` throws; a ``NeosantaraError/Kind/timeout`` error of timeout kind
    ///   ``NeosantaraError/TimeoutKind/polling`` past the timeout; a ``NeosantaraError/Kind/cancelled`` error
    ///   as soon as the task is cancelled.
    func poll<Job: Sendable>(
        fetch: () async throws(NeosantaraError) -> APIResponse<Job>,
        isFinished: (Job) -> Bool,
        describeStatus: (Job) -> String,
        onProgress: ((Job) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<Job> {
        let start = clock.now
        let deadline = options.timeout.map { start.advanced(by: $0) }
        var interval = min(options.initialInterval, options.maximumInterval)
        var fetches = 0
        while true {
            try checkCancellation(fetches: fetches)
            let response = try await fetch()
            fetches += 1
            onProgress?(response.value)
            if isFinished(response.value) {
                return response
            }
            var wake = clock.now.advanced(by: interval)
            if let deadline {
                guard clock.now < deadline else {
                    throw timedOut(waited: start.duration(to: clock.now), last: response, describeStatus)
                }
                wake = min(wake, deadline)
            }
            try checkCancellation(fetches: fetches)
            do {
                try await clock.sleep(until: wake, tolerance: nil)
            } catch {
                throw cancelled(fetches: fetches)
            }
            interval = options.interval(after: interval)
        }
    }

    private func checkCancellation(fetches: Int) throws(NeosantaraError) {
        if Task.isCancelled {
            throw cancelled(fetches: fetches)
        }
    }

    private func cancelled(fetches: Int) -> NeosantaraError {
        NeosantaraError(
            kind: .cancelled,
            message: "the task was cancelled while waiting for the job, after \(fetches) fetch(es); the job goes on")
    }

    private func timedOut<Job>(waited: Duration, last: APIResponse<Job>, _ describeStatus: (Job) -> String)
        -> NeosantaraError
    {
        NeosantaraError(
            kind: .timeout,
            message: "the job was still \(describeStatus(last.value)) after \(waited) of polling; it goes on on the "
                + "server, so fetch it again later or raise `PollingOptions.timeout`",
            requestID: last.requestID, timeoutKind: .polling)
    }
}

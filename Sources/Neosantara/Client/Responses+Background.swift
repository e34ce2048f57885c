extension Responses {
    /// Waits for a background response to finish: fetches it at once and again after each wait that
    /// `polling` sets, until it is `completed`, `failed`, `cancelled` or `incomplete`.
    ///
    /// ```swift
    /// let queued = try await client.responses.create(model: "nusantara-base", input: "Laporan panjang", background: true)
    /// let done = try await client.responses.wait(queued.id) { print("status:", $0.status ?? "?") }
    /// print(done.outputText)
    /// ```
    ///
    /// The waits between fetches are slept on the client's clock.
    ///
    /// - Parameters:
    ///   - id: The response's id.
    ///   - polling: How often and how long to wait.
    ///   - options: Settings for every fetch.
    ///   - onProgress: Called with the response after each fetch, the last one included.
    /// - Returns: The finished response; a `failed` one is returned, not thrown, so that its error can be read.
    /// - Throws: ``NeosantaraError``: what a fetch throws, a ``NeosantaraError/Kind/timeout`` error past
    ///   ``PollingOptions/timeout``, or ``NeosantaraError/Kind/cancelled`` when the task is cancelled.
    public func wait(
        _ id: String,
        polling: PollingOptions = .default,
        options: RequestOptions = RequestOptions(),
        onProgress: ((Response) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<Response> {
        try await executor.poll(
            options: polling,
            fetch: { () async throws(NeosantaraError) in try await retrieve(id, options: options) },
            isFinished: { $0.status?.isTerminal ?? false },
            describeStatus: { $0.status?.rawValue ?? "without a status" },
            onProgress: onProgress)
    }
}

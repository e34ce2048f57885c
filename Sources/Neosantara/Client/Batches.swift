import HTTPTypes

/// `/batches`: run a file of requests on the server's own time, at batch prices.
///
/// ```swift
/// let input = try await client.files.upload(URL(fileURLWithPath: "requests.jsonl"), purpose: .batch)
/// let batch = try await client.batches.create(inputFileID: input.id, endpoint: .chatCompletions)
/// let done = try await client.batches.wait(batch.id) { print($0.status, $0.requestCounts?.finished ?? 0) }
/// if let output = done.outputFileID {
///     try await client.files.download(output, to: URL(fileURLWithPath: "results.jsonl"))
/// }
/// ```
public struct Batches: Sendable {
    let executor: RequestExecutor

    /// Creates a batch that runs every line of an uploaded file against `endpoint`.
    ///
    /// - Parameters:
    ///   - inputFileID: The id of an uploaded JSONL file of purpose ``FilePurpose/batch``.
    ///   - endpoint: The operation every line calls; each line's `url` must be this path.
    ///   - completionWindow: How long the server has to finish; `24h` by default.
    ///   - metadata: Up to 16 pairs of your own, keys at most 64 characters and values at most 512.
    ///   - options: Settings for this call only.
    /// - Returns: The new batch, usually ``BatchStatus/validating``.
    /// - Throws: ``NeosantaraError``; an empty id, endpoint or window, or metadata over its limits, fails
    ///   before anything is sent.
    public func create(
        inputFileID: String,
        endpoint: BatchEndpoint,
        completionWindow: BatchCompletionWindow = .hours24,
        metadata: [String: String]? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<Batch> {
        try await create(
            BatchCreateRequest(
                inputFileID: inputFileID, endpoint: endpoint, completionWindow: completionWindow, metadata: metadata),
            options: options)
    }

    /// Creates a batch from a request value.
    public func create(_ request: BatchCreateRequest, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Batch>
    {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/batches", operation: "create_batch"), .json(request), options: options)
    }

    /// Describes a batch as it is now.
    ///
    /// - Throws: ``NeosantaraError``, of kind ``NeosantaraError/Kind/notFound`` when there is no such batch.
    public func retrieve(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Batch>
    {
        try await executor.send(
            Route(method: .get, path: try Self.path(id), operation: "retrieve_batch"), options: options)
    }

    /// Asks the server to cancel a batch. It answers at once, usually with ``BatchStatus/cancelling`` or
    /// ``BatchStatus/canceled``; the requests that already ran keep their results.
    public func cancel(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Batch>
    {
        try await executor.send(
            Route(method: .post, path: try Self.path(id) + "/cancel", operation: "cancel_batch"), .none,
            options: options)
    }

    /// The batches, newest first, fetched page by page as they are read.
    ///
    /// - Parameters:
    ///   - limit: The most batches per page, or `nil` for the server's default.
    ///   - after: Start after the batch with this id, or `nil` for the first page.
    ///   - options: Settings for every page's request.
    /// - Returns: The batches, fetched when iterated; ``PageSequence/pages`` gives whole pages. A `limit` below
    ///   1 throws from the first `next()`.
    public func list(limit: Int? = nil, after: String? = nil, options: RequestOptions = RequestOptions())
        -> PageSequence<Batch>
    {
        PageSequence(startingAt: after) { cursor throws(NeosantaraError) in
            try Files.check(limit: limit)
            return try await executor.page(
                Self.listRoute, style: .openAI, limit: limit, cursor: cursor, options: options)
        }
    }

    /// One page of the batches: at most `limit` of them after the batch `after`.
    ///
    /// - Returns: The page, whose ``Page/nextCursor`` fetches the next one, with its response.
    public func page(limit: Int? = nil, after: String? = nil, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Page<Batch>>
    {
        try Files.check(limit: limit)
        return try await executor.page(Self.listRoute, style: .openAI, limit: limit, cursor: after, options: options)
    }

    /// Fetches a batch until it has ended — ``BatchStatus/completed``, ``BatchStatus/failed``,
    /// ``BatchStatus/expired``, ``BatchStatus/cancelled`` or ``BatchStatus/canceled`` — and returns it.
    ///
    /// ```swift
    /// let done = try await client.batches.wait(batch.id, polling: PollingOptions(timeout: .seconds(3600))) {
    ///     print("\($0.requestCounts?.finished ?? 0) of \($0.requestCounts?.total ?? 0)")
    /// }
    /// ```
    ///
    /// A batch that ends failed or expired is returned, not thrown: read its ``Batch/status`` and
    /// ``Batch/errors``.
    ///
    /// - Parameters:
    ///   - id: The batch's id.
    ///   - polling: How often to fetch, and for how long; ``PollingOptions/default`` by default.
    ///   - options: Settings for every fetch.
    ///   - onProgress: Told of each fetched batch, the last one included; its ``Batch/requestCounts`` say how
    ///     far it is.
    /// - Throws: ``NeosantaraError``: what a fetch throws, a ``NeosantaraError/Kind/timeout`` error past
    ///   ``PollingOptions/timeout``, or a ``NeosantaraError/Kind/cancelled`` error when the task is cancelled.
    ///   The batch goes on on the server either way.
    public func wait(
        _ id: String,
        polling: PollingOptions = .default,
        options: RequestOptions = RequestOptions(),
        onProgress: (@Sendable (Batch) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<Batch> {
        try await executor.poll(
            options: polling,
            fetch: { () async throws(NeosantaraError) in try await retrieve(id, options: options) },
            isFinished: { $0.status.isTerminal },
            describeStatus: { batch in
                let counts = batch.requestCounts.map { ", \($0.finished) of \($0.total) requests done" } ?? ""
                return "\(batch.status)\(counts)"
            },
            onProgress: onProgress)
    }

    /// The results of a batch that has ended: its output file's lines, then its error file's, read as they
    /// arrive, each decoded as `Response` or turned into the error a live call would have thrown.
    ///
    /// ```swift
    /// for try await result in client.batches.results(of: done, as: EmbeddingsResponse.self) {
    ///     vectors[result.customID] = result.response?.data.first?.embedding
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - batch: The batch, as ``wait(_:polling:options:onProgress:)`` or ``retrieve(_:options:)`` returned
    ///     it; a batch without output or error file has no results.
    ///   - as: The type a successful response decodes as: ``ChatCompletionsResponse`` for
    ///     ``BatchEndpoint/chatCompletions``, ``EmbeddingsResponse`` for ``BatchEndpoint/embeddings``.
    ///   - options: Settings for each file's download.
    public func results<Response: Decodable & Sendable>(
        of batch: Batch, as: Response.Type, options: RequestOptions = RequestOptions()
    ) -> BatchResults<Response> {
        let files = Files(executor: executor)
        let sources = [batch.outputFileID, batch.errorFileID].compactMap { $0 }.map { id in
            BatchResults<Response>.Source(name: "file \(id)") { () throws(NeosantaraError) in
                .stream(try await files.content(id, options: options).makeAsyncIterator())
            }
        }
        return BatchResults(sources: sources)
    }

    /// `GET /batches`.
    private static let listRoute = Route(method: .get, path: "/batches", operation: "list_batches")

    /// `/batches/{id}`, or an error for an empty id.
    static func path(_ id: String) throws(NeosantaraError) -> String {
        guard !id.isEmpty else { throw .invalidParameter("id", "must not be empty") }
        return "/batches/" + Route.segment(id)
    }
}

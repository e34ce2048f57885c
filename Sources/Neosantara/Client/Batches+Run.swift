import Foundation

extension Batches {
    /// Runs any number of requests as batches: shards them within the per-batch limits, uploads and creates
    /// the shards' batches a few at a time, waits for all, downloads and merges their results, and returns them
    /// keyed by `custom_id`.
    ///
    /// ```swift
    /// let results = try await client.batches.run(
    ///     requests, as: ChatCompletionsResponse.self, stateFile: URL(fileURLWithPath: "job.json"))
    /// print(results["ticket-1"]?.response?.choices.first?.message.content ?? "")
    /// ```
    ///
    /// The job records every step in `stateFile` — the shards' input files go beside it — so that a process
    /// killed at any point and started again with the same state file (and the same requests) resumes: it never
    /// uploads a shard twice, never creates a second batch for a shard that has one, and loses no result. A step
    /// whose answer was lost with the process is found again on the server: an upload by its name, a batch by
    /// its metadata (`neosantara_job`, `neosantara_shard`). Delete the state file and its shard files to start
    /// over.
    ///
    /// Every request gets a result: those of a batch that failed validation or ended before running them get a
    /// ``NeosantaraError/Kind/batchRequestNotRun`` error that says how the batch ended.
    ///
    /// - Parameters:
    ///   - requests: The requests, read once when the job starts; each `custom_id` once, one endpoint for all.
    ///   - as: The type a successful response decodes as.
    ///   - stateFile: Where the job records its progress; its folder must exist.
    ///   - options: Limits per shard, concurrency, polling and window.
    ///   - onProgress: Told of the request counts summed over the shards as they are polled.
    /// - Throws: ``NeosantaraError``: a bad request (before anything is uploaded, naming its number), or what a
    ///   step throws; the state file then holds every step done, for the next run.
    public func run<Response: Decodable & Sendable>(
        _ requests: some Sequence<BatchRequest>,
        as: Response.Type,
        stateFile: URL,
        options: BatchRunOptions = BatchRunOptions(),
        onProgress: (@Sendable (BatchRunProgress) -> Void)? = nil
    ) async throws(NeosantaraError) -> [String: BatchResult<Response>] {
        let prepared = try BatchJobRunner.prepare(requests, stateFile: stateFile, limits: options.limits)
        let runner = BatchJobRunner(
            state: prepared, stateFile: stateFile, files: Files(executor: executor), batches: self, options: options,
            onProgress: onProgress)
        let state = try await runner.run()
        var results: [String: BatchResult<Response>] = [:]
        for shard in state.shards {
            for path in [shard.outputPath, shard.errorPath].compactMap({ $0 }) {
                for try await result in BatchResults(contentsOf: URL(fileURLWithPath: path), as: Response.self) {
                    results[result.customID] = result
                }
            }
            guard let batch = shard.batch else { continue }
            for customID in try Self.customIDs(in: shard) where results[customID] == nil {
                let reason = batch.errors?.data.first?.message.map { ": " + $0 } ?? ""
                results[customID] = BatchResult(
                    customID: customID,
                    result: .failure(
                        NeosantaraError(
                            kind: .batchRequestNotRun,
                            message: "the batch \(batch.id) ended \(batch.status) without running `\(customID)`"
                                + reason)))
            }
        }
        return results
    }

    /// The `custom_id`s of a shard's input file, read line by line.
    private static func customIDs(in shard: BatchRunState.Shard) throws(NeosantaraError) -> [String] {
        struct Line: Decodable {
            var customID: String
            enum CodingKeys: String, CodingKey { case customID = "custom_id" }
        }
        let url = URL(fileURLWithPath: shard.inputPath)
        var splitter = JSONLineSplitter()
        var ids: [String] = []
        do {
            let reader = try LocalFile.Reader(path: url.path, size: try LocalFile.size(of: url))
            while let chunk = try reader.next() {
                splitter.append(chunk)
                while let line = splitter.nextLine() {
                    ids.append(try JSONDecoder().decode(Line.self, from: Data(line)).customID)
                }
            }
            if let line = splitter.finish() {
                ids.append(try JSONDecoder().decode(Line.self, from: Data(line)).customID)
            }
        } catch {
            throw NeosantaraError(
                kind: .localFile, message: "cannot read the shard \(url.path): \(error)", underlying: error)
        }
        return ids
    }
}

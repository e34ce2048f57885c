import Foundation
import NIOConcurrencyHelpers

/// Runs a job of ``Batches/run(_:as:stateFile:options:onProgress:)``: shards, uploads, creates, waits,
/// downloads, each step recorded in the state file before the next, so that a run started again with the same
/// file picks up where the last one stopped.
///
/// A step whose answer was lost — the process died after the server acted but before the state file said so —
/// is found again on the server rather than repeated: an upload by its name (the job's id and the shard's
/// index), a batch by its metadata.
actor BatchJobRunner {
    private var state: BatchRunState
    private let stateFile: URL
    private let files: Files
    private let batches: Batches
    private let options: BatchRunOptions
    private let tally: ProgressTally

    init(
        state: BatchRunState, stateFile: URL, files: Files, batches: Batches, options: BatchRunOptions,
        onProgress: (@Sendable (BatchRunProgress) -> Void)?
    ) {
        self.state = state
        self.stateFile = stateFile
        self.files = files
        self.batches = batches
        self.options = options
        tally = ProgressTally(shards: state.shards.count, onProgress: onProgress)
        for shard in state.shards where shard.batch != nil {
            tally.update(shard.index, shard.batch?.requestCounts, ended: true)
        }
    }

    /// Writes `requests` into shards beside `stateFile` and records them, or reads the state already there.
    static func prepare(
        _ requests: some Sequence<BatchRequest>, stateFile: URL, limits: BatchLimits
    ) throws(NeosantaraError) -> BatchRunState {
        if let state = try BatchRunState.load(from: stateFile) {
            return state
        }
        let folder = stateFile.deletingLastPathComponent()
        let job = "job-" + UUID().uuidString.lowercased().prefix(12)
        let encoder = JSONEncoder()
        var shards: [BatchRunState.Shard] = []
        var seen: [String: Int] = [:]
        var endpoint: BatchEndpoint?
        var writer: BatchInputWriter?
        var shardRequests = 0
        var shardBytes: Int64 = 0
        func finishShard() throws(NeosantaraError) {
            guard let current = writer else { return }
            let summary = try current.finish()
            shards.append(
                BatchRunState.Shard(
                    index: shards.count, inputPath: summary.url.path, requestCount: summary.requestCount,
                    byteCount: summary.byteCount))
            writer = nil
        }
        for (offset, request) in requests.enumerated() {
            let line = offset + 1
            if let first = seen[request.customID] {
                throw BatchInputChecker.problem(
                    line, "`custom_id` `\(request.customID)` is already used by request \(first)", "custom_id")
            }
            if let endpoint, endpoint != request.endpoint {
                throw BatchInputChecker.problem(
                    line, "`url` is `\(request.endpoint)`, but the job's endpoint is `\(endpoint)`", "url")
            }
            seen[request.customID] = line
            endpoint = request.endpoint
            let size = Int64(((try? encoder.encode(request))?.count ?? 0) + 1)
            if writer != nil, shardRequests + 1 > limits.maximumRequests || shardBytes + size > limits.maximumBytes {
                try finishShard()
            }
            if writer == nil {
                let url = folder.appendingPathComponent("\(stateFile.lastPathComponent).shard-\(shards.count).jsonl")
                writer = try BatchInputWriter(url: url, limits: limits)
                (shardRequests, shardBytes) = (0, 0)
            }
            do {
                try writer?.append(request)
            } catch {
                throw BatchInputChecker.problem(
                    line, String(error.message.drop { $0 != ":" }.dropFirst(2)), error.parameter)
            }
            shardRequests += 1
            shardBytes += size
        }
        try finishShard()
        guard let endpoint, !shards.isEmpty else {
            throw NeosantaraError(kind: .invalidRequest, message: "the job has no request")
        }
        let state = BatchRunState(job: job, endpoint: endpoint, shards: shards)
        try state.save(to: stateFile)
        return state
    }

    /// Runs every shard to its end, at most ``BatchRunOptions/maximumConcurrentShards`` at once, and returns
    /// the state once every shard's results are downloaded.
    func run() async throws(NeosantaraError) -> BatchRunState {
        let indices = state.shards.map(\.index)
        let width = max(1, options.maximumConcurrentShards)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = indices.makeIterator()
                for _ in 0..<width {
                    guard let index = next.next() else { break }
                    group.addTask { try await self.runShard(index) }
                }
                while try await group.next() != nil {
                    if let index = next.next() {
                        group.addTask { try await self.runShard(index) }
                    }
                }
            }
        } catch let error as NeosantaraError {
            throw error
        } catch {
            throw ErrorDecoder.classify(error, requestID: "")
        }
        return state
    }

    private func runShard(_ index: Int) async throws(NeosantaraError) {
        var shard = state.shards[index]
        if shard.fileID == nil {
            shard.fileID = try await upload(shard)
            try record(shard)
        }
        if shard.batchID == nil, let fileID = shard.fileID {
            shard.batchID = try await create(shard, fileID: fileID)
            try record(shard)
        }
        if shard.batch == nil, let batchID = shard.batchID {
            let tally = self.tally
            let done = try await batches.wait(batchID, polling: options.polling) { batch in
                tally.update(index, batch.requestCounts, ended: false)
            }
            shard.batch = done.value
            try record(shard)
            tally.update(index, done.value.requestCounts, ended: true)
        }
        if !shard.downloaded, let batch = shard.batch {
            let base = shard.inputPath.replacingOccurrences(of: ".jsonl", with: "")
            if let output = batch.outputFileID {
                try await files.download(output, to: URL(fileURLWithPath: base + ".output.jsonl"))
                shard.outputPath = base + ".output.jsonl"
            }
            if let errors = batch.errorFileID {
                try await files.download(errors, to: URL(fileURLWithPath: base + ".error.jsonl"))
                shard.errorPath = base + ".error.jsonl"
            }
            shard.downloaded = true
            try record(shard)
        }
    }

    /// Uploads a shard's input, unless an earlier run already did and the server has it under its name.
    private func upload(_ shard: BatchRunState.Shard) async throws(NeosantaraError) -> String {
        let name = shard.uploadName(job: state.job)
        for try await file in files.list(purpose: .batch) where file.filename == name && file.bytes == shard.byteCount {
            return file.id
        }
        return try await files.upload(URL(fileURLWithPath: shard.inputPath), filename: name, purpose: .batch).id
    }

    /// Creates a shard's batch, unless an earlier run already did and the server lists it with its metadata.
    private func create(_ shard: BatchRunState.Shard, fileID: String) async throws(NeosantaraError) -> String {
        let metadata = [BatchRunState.jobKey: state.job, BatchRunState.shardKey: String(shard.index)]
        for try await batch in batches.list() where batch.metadata == metadata {
            return batch.id
        }
        return try await batches.create(
            inputFileID: fileID, endpoint: state.endpoint, completionWindow: options.completionWindow,
            metadata: metadata
        ).id
    }

    private func record(_ shard: BatchRunState.Shard) throws(NeosantaraError) {
        state.shards[shard.index] = shard
        try state.save(to: stateFile)
    }

    /// The shards' request counts, summed and reported as they change, from any task.
    private final class ProgressTally: Sendable {
        private struct Counts {
            var shards: [Int: BatchRequestCounts] = [:]
            var ended: Set<Int> = []
        }

        private let counts = NIOLockedValueBox(Counts())
        private let shards: Int
        private let onProgress: (@Sendable (BatchRunProgress) -> Void)?

        init(shards: Int, onProgress: (@Sendable (BatchRunProgress) -> Void)?) {
            self.shards = shards
            self.onProgress = onProgress
        }

        /// Records shard `index`'s counts and reports the sum.
        func update(_ index: Int, _ shardCounts: BatchRequestCounts?, ended: Bool) {
            let progress = counts.withLockedValue { counts in
                counts.shards[index] = shardCounts
                if ended { counts.ended.insert(index) }
                var total = BatchRequestCounts()
                for value in counts.shards.values {
                    total.total += value.total
                    total.completed += value.completed
                    total.failed += value.failed
                }
                return BatchRunProgress(shards: shards, endedShards: counts.ended.count, requestCounts: total)
            }
            onProgress?(progress)
        }
    }
}

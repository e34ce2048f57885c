import Foundation

/// What a job of ``Batches/run(_:as:stateFile:options:onProgress:)`` has done, as its state file records it:
/// a small JSON file rewritten whole (to a temporary file, then renamed) after every step.
struct BatchRunState: Codable, Sendable, Hashable {
    /// One shard of the job: its input file here, and what the server holds of it.
    struct Shard: Codable, Sendable, Hashable {
        var index: Int
        /// The shard's input file, beside the state file.
        var inputPath: String
        var requestCount: Int
        var byteCount: Int64
        /// The uploaded input file's id, once uploaded.
        var fileID: String?
        /// The batch's id, once created.
        var batchID: String?
        /// The batch as last fetched, once it ended.
        var batch: Batch?
        /// The downloaded output and error files, once downloaded.
        var outputPath: String?
        var errorPath: String?
        var downloaded = false

        /// The name the input is uploaded under, which finds it again after a crash.
        func uploadName(job: String) -> String { "\(job)-shard-\(index).jsonl" }
    }

    /// The job's own id, in every upload's name and every batch's metadata.
    var job: String
    var endpoint: BatchEndpoint
    var shards: [Shard]

    /// The metadata key of the job's id, and of a shard's index.
    static let jobKey = "neosantara_job"
    static let shardKey = "neosantara_shard"

    /// The state in `url`, or `nil` when there is no such file.
    static func load(from url: URL) throws(NeosantaraError) -> BatchRunState? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(BatchRunState.self, from: Data(contentsOf: url))
        } catch {
            throw NeosantaraError(
                kind: .localFile,
                message: "the state file \(url.path) is not a batch job's state (\(error)); remove it to start over",
                underlying: error)
        }
    }

    /// Writes the state to `url`, replacing the file there only once the new one is complete.
    func save(to url: URL) throws(NeosantaraError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(self).write(to: url, options: .atomic)
        } catch {
            throw NeosantaraError(
                kind: .localFile, message: "cannot write the state file \(url.path): \(error)", underlying: error)
        }
    }
}

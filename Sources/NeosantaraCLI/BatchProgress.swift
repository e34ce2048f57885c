import ArgumentParser
import Foundation
import Neosantara

/// Shows a batch's progress while the tool waits for it: a bar redrawn in place on a terminal, one line per
/// change otherwise, always on standard error.
enum BatchProgress {
    /// `completed/failed/total`, or empty when the server gave no counts.
    static func counts(_ batch: Batch) -> String {
        guard let counts = batch.requestCounts else { return "" }
        return "\(counts.completed)/\(counts.failed)/\(counts.total)"
    }

    /// A bar of the finished share of `counts`, for a terminal.
    static func bar(_ counts: BatchRequestCounts) -> String {
        let width = 24
        let filled = counts.total > 0 ? min(width, width * counts.finished / counts.total) : 0
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
    }

    /// Waits for batch `id` to end, reporting each change, and returns it.
    static func wait(for id: String, client: NeosantaraClient, interval: Duration = .seconds(1)) async throws
        -> Batch
    {
        let reporter = Reporter()
        let batch = try await client.batches.wait(id, polling: PollingOptions(initialInterval: interval)) { batch in
            reporter.report(batch)
        }
        reporter.end()
        return batch.value
    }

    /// Says why and exits 1 when a batch that was waited for did not complete.
    static func requireSuccess(_ batch: Batch, waited: Bool) throws {
        guard waited, batch.status != .completed else { return }
        var reason = "batch \(batch.id) ended \(batch.status)"
        if let first = batch.errors?.data.first {
            reason += ": " + [first.line.map { "line \($0)" }, first.message].compactMap { $0 }.joined(separator: ": ")
        }
        Terminal.note("neosantara: " + reason)
        throw ExitCode(ExitStatus.failure)
    }

    /// Prints progress, remembering what it printed last.
    private final class Reporter: @unchecked Sendable {
        /// The line printed last; only touched under `lock`.
        private var last: String?
        private let lock = NSLock()

        func report(_ batch: Batch) {
            let counts = batch.requestCounts ?? BatchRequestCounts()
            let line =
                "\(batch.id) \(batch.status): \(counts.completed) completed, \(counts.failed) failed, "
                + "\(counts.total) total"
            let changed = lock.withLock {
                defer { last = line }
                return last != line
            }
            guard changed else { return }
            guard Terminal.errorIsTerminal else {
                Terminal.note(line)
                return
            }
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(BatchProgress.bar(counts)) \(line)".utf8))
        }

        func end() {
            if Terminal.errorIsTerminal, lock.withLock({ last }) != nil {
                FileHandle.standardError.write(Data("\n".utf8))
            }
        }
    }

    /// Prints a job's progress, summed over its shards, a line per change.
    final class JobReporter: @unchecked Sendable {
        /// The line printed last; only touched under `lock`.
        private var last: String?
        private let lock = NSLock()

        func report(_ progress: BatchRunProgress) {
            let counts = progress.requestCounts
            let line =
                "\(progress.endedShards)/\(progress.shards) batches ended: \(counts.completed) completed, "
                + "\(counts.failed) failed, \(counts.total) total"
            let changed = lock.withLock {
                defer { last = line }
                return last != line
            }
            guard changed else { return }
            if Terminal.errorIsTerminal {
                FileHandle.standardError.write(Data("\r\u{1B}[2K\(BatchProgress.bar(counts)) \(line)".utf8))
            } else {
                Terminal.note(line)
            }
        }

        func end() {
            if Terminal.errorIsTerminal, lock.withLock({ last }) != nil {
                FileHandle.standardError.write(Data("\n".utf8))
            }
        }
    }
}

import Foundation
import NIOConcurrencyHelpers
import Neosantara

/// The batches a ``NeosantaraTestServer`` holds, in memory, with the requests each has still to run and the
/// results of those that ran.
final class BatchStore: Sendable {
    /// What the next step of a batch does.
    enum Step: Sendable {
        /// Check the input file.
        case validate(inputFileID: String?, endpoint: BatchEndpoint)
        /// Run these requests.
        case run([BatchInputLine])
        /// Write the output files and complete.
        case finalize
    }

    private struct Record {
        var batch: Batch
        var lines: [BatchInputLine] = []
        var nextLine = 0
        var output: [JSONValue] = []
        var errors: [JSONValue] = []
        /// Whether a step is under way, so that a second one waits its turn instead of running the same
        /// requests again.
        var stepping = false
    }

    private struct State {
        var records: [Record] = []
        var count = 0
    }

    private let state = NIOLockedValueBox(State())

    /// Every batch, oldest first.
    var all: [Batch] {
        state.withLockedValue { $0.records.map(\.batch) }
    }

    /// The batch with `id`, if there is one.
    func batch(_ id: String) -> Batch? {
        state.withLockedValue { state in state.records.first { $0.batch.id == id }?.batch }
    }

    /// Creates a `validating` batch, `batch_test_1` and on, of `request`.
    func create(_ request: BatchCreateRequest, now: Date) -> Batch {
        state.withLockedValue { state in
            state.count += 1
            let created = Int(now.timeIntervalSince1970)
            var batch = Batch(
                id: "batch_test_\(state.count)", endpoint: request.endpoint, status: .validating,
                inputFileID: request.inputFileID, completionWindow: request.completionWindow,
                requestCounts: BatchRequestCounts(), metadata: request.metadata, createdAt: created)
            batch.expiresAt = created + 24 * 3600
            state.records.append(Record(batch: batch))
            return batch
        }
    }

    /// Starts the next step of batch `id`: `nil` when there is no such batch, it has ended, or a step is
    /// already under way. Each step is ended with ``endStep(_:)``.
    func beginStep(_ id: String, requestsPerStep: Int?) -> Step? {
        update(id) { record in
            guard !record.stepping, !record.batch.status.isTerminal else { return nil }
            let step: Step
            switch record.batch.status {
            case .validating:
                step = .validate(inputFileID: record.batch.inputFileID, endpoint: record.batch.endpoint)
            case .inProgress:
                let end = min(record.lines.count, record.nextLine + max(1, requestsPerStep ?? record.lines.count))
                step = .run(Array(record.lines[record.nextLine..<end]))
            default:
                step = .finalize
            }
            record.stepping = true
            return step
        } ?? nil
    }

    /// Ends the step under way of batch `id`, and returns the batch.
    func endStep(_ id: String) -> Batch? {
        update(id) { record in
            record.stepping = false
            return record.batch
        }
    }

    /// Moves a validating batch to `in_progress` with the lines of its input, or to `failed` with the
    /// problems of its input (`nil` when the file is gone).
    func validated(_ id: String, input: Data?, now: Date) {
        update(id) { record in
            guard record.batch.status == .validating else { return }
            let parsed: BatchInputLine.Parsed =
                input.map { BatchInputLine.parse($0, endpoint: record.batch.endpoint) }
                ?? .failed(
                    BatchErrors(data: [
                        BatchError(
                            code: "file_not_found", message: "The input file is gone.", param: "input_file_id")
                    ]))
            switch parsed {
            case .lines(let lines):
                record.lines = lines
                record.batch.status = .inProgress
                record.batch.inProgressAt = Int(now.timeIntervalSince1970)
                record.batch.requestCounts = BatchRequestCounts(total: lines.count)
            case .failed(let errors):
                record.batch.status = .failed
                record.batch.failedAt = Int(now.timeIntervalSince1970)
                record.batch.errors = errors
            }
        }
    }

    /// Records the results of requests that ran; once every request ran, the batch is `finalizing`. Results
    /// that arrive after the batch was cancelled or expired are dropped, as the server would drop them.
    func record(_ results: [BatchLineResult], of id: String, now: Date) {
        update(id) { record in
            guard record.batch.status == .inProgress else { return }
            var counts = record.batch.requestCounts ?? BatchRequestCounts(total: record.lines.count)
            for result in results {
                if result.succeeded {
                    record.output.append(result.jsonLine(batchID: id))
                    counts.completed += 1
                } else {
                    record.errors.append(result.jsonLine(batchID: id))
                    counts.failed += 1
                }
            }
            record.nextLine += results.count
            record.batch.requestCounts = counts
            if record.nextLine >= record.lines.count {
                record.batch.status = .finalizing
                record.batch.finalizingAt = Int(now.timeIntervalSince1970)
            }
        }
    }

    /// Completes a finalizing batch, writing its output and error files into `files`.
    func complete(_ id: String, files: FileStore, now: Date) {
        update(id) { record in
            guard record.batch.status == .finalizing else { return }
            Self.writeFiles(of: &record, to: files, now: now)
            record.batch.status = .completed
            record.batch.completedAt = Int(now.timeIntervalSince1970)
        }
    }

    /// What cancelling batch `id` did: the batch, or the reason it could not be cancelled.
    enum Cancellation {
        case cancelled(Batch)
        case notCancellable(BatchStatus)
        case notFound
    }

    /// Cancels a batch that has not ended, as the gateway does: at once, `canceled`, with the results of the
    /// requests that already ran written to its files. A batch already cancelled is answered as it is.
    func cancel(_ id: String, files: FileStore, now: Date) -> Cancellation {
        update(id) { record -> Cancellation in
            if record.batch.status == .canceled || record.batch.status == .cancelled {
                return .cancelled(record.batch)
            }
            guard !record.batch.status.isTerminal else { return .notCancellable(record.batch.status) }
            let time = Int(now.timeIntervalSince1970)
            Self.writeFiles(of: &record, to: files, now: now)
            record.batch.status = .canceled
            record.batch.cancellingAt = time
            record.batch.cancelledAt = time
            return .cancelled(record.batch)
        } ?? .notFound
    }

    /// Expires a batch that has not ended: the requests that did not run go to the error file as
    /// `batch_expired` and count as failed.
    func expire(_ id: String, files: FileStore, now: Date) -> Batch? {
        update(id) { record in
            guard !record.batch.status.isTerminal else { return record.batch }
            let unrun = record.lines[min(record.nextLine, record.lines.count)...]
            record.errors += unrun.map { BatchLineResult.expired($0, batchID: id) }
            record.batch.requestCounts?.failed += unrun.count
            record.nextLine = record.lines.count
            Self.writeFiles(of: &record, to: files, now: now)
            record.batch.status = .expired
            record.batch.expiredAt = Int(now.timeIntervalSince1970)
            return record.batch
        }
    }

    /// Writes the output and error lines gathered so far to files, each only when it has a line.
    private static func writeFiles(of record: inout Record, to files: FileStore, now: Date) {
        let id = record.batch.id
        if !record.output.isEmpty {
            record.batch.outputFileID =
                files.add(
                    filename: "\(id)_output.jsonl", purpose: .batchOutput, content: jsonl(record.output), now: now
                ).id
        }
        if !record.errors.isEmpty {
            record.batch.errorFileID =
                files.add(filename: "\(id)_error.jsonl", purpose: .batchOutput, content: jsonl(record.errors), now: now)
                .id
        }
    }

    /// `lines` as JSONL, each line ended by a newline.
    private static func jsonl(_ lines: [JSONValue]) -> Data {
        Data(lines.map { WireJSON.text($0) + "\n" }.joined().utf8)
    }

    /// Runs `body` on the record of batch `id` under the lock; `nil` when there is no such batch.
    @discardableResult
    private func update<Value>(_ id: String, _ body: (inout Record) -> Value) -> Value? {
        state.withLockedValue { state in
            guard let index = state.records.firstIndex(where: { $0.batch.id == id }) else { return nil }
            return body(&state.records[index])
        }
    }
}

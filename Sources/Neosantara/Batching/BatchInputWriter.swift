import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// Writes a batch's JSONL input file line by line, checking each request before it is written: its body as a
/// live call would check it, its `custom_id` unique, one endpoint for the whole file, and the per-file limits.
///
/// ```swift
/// let writer = try BatchInputWriter(url: URL(fileURLWithPath: "requests.jsonl"))
/// for ticket in tickets {
///     try writer.append(BatchRequest(customID: ticket.id, body: ChatCompletionsRequest(…)))
/// }
/// let input = try writer.finish()                        // the file appears only now
/// let file = try await client.files.upload(input.url, purpose: .batch)
/// ```
///
/// Each line is encoded and written as it is appended, so the file is never held in memory; only the
/// `custom_id`s are kept, to find a repeated one. A problem throws with the line's number and leaves the lines
/// before it written; the file is written to a temporary name and moved into place by ``finish()``, so a file
/// that was not finished never appears.
public final class BatchInputWriter: Sendable {
    /// The open file and the checks so far; the file handle is only touched under the lock.
    private struct State: @unchecked Sendable {
        var file: LocalFile.Writer?
        var checker: BatchInputChecker
    }

    private let state: NIOLockedValueBox<State>
    private let url: URL

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    /// Starts writing a new file at `url`, replacing any file there once finished.
    ///
    /// - Parameters:
    ///   - url: Where the file goes; its folder must exist.
    ///   - limits: The most requests and bytes the file may hold.
    /// - Throws: ``NeosantaraError`` when the folder cannot be written.
    public init(url: URL, limits: BatchLimits = .default) throws(NeosantaraError) {
        self.url = url
        state = NIOLockedValueBox(
            State(file: try LocalFile.Writer(destination: url), checker: BatchInputChecker(limits: limits)))
    }

    /// Checks `request` and writes it as the next line.
    ///
    /// - Throws: An ``NeosantaraError/Kind/invalidRequest`` error whose message starts with the line's number:
    ///   an empty or repeated `custom_id`, another endpoint than the lines before, a body a live call would
    ///   refuse, or a file past its limits. Nothing of that line is written.
    public func append(_ request: BatchRequest) throws(NeosantaraError) {
        try locked { (state: inout State) throws(NeosantaraError) in
            guard let file = state.file else { throw finishedError }
            let line = state.checker.requestCount + 1
            do throws(NeosantaraError) {
                try request.validate()
            } catch {
                throw BatchInputChecker.problem(
                    line, "custom_id `\(request.customID)`: \(error.message)", error.parameter.map { "body.\($0)" })
            }
            var bytes: Data
            do {
                bytes = try Self.encoder.encode(request)
            } catch {
                throw BatchInputChecker.problem(line, "the request could not be encoded: \(error)", "body")
            }
            bytes.append(UInt8(ascii: "\n"))
            try state.checker.check(customID: request.customID, url: request.endpoint, bytes: bytes.count, line: line)
            do {
                try file.write(ByteBuffer(bytes: bytes))
            } catch {
                throw NeosantaraError(
                    kind: .localFile, message: "cannot write to \(url.path): \(error)", underlying: error)
            }
        }
    }

    /// Closes the file and moves it into place.
    ///
    /// - Returns: The file, its endpoint, and how many requests and bytes it holds.
    /// - Throws: ``NeosantaraError`` when the file cannot be moved into place, or when it holds no request.
    @discardableResult
    public func finish() throws(NeosantaraError) -> BatchInputSummary {
        try locked { (state: inout State) throws(NeosantaraError) in
            guard let file = state.file else { throw finishedError }
            state.file = nil
            guard state.checker.requestCount > 0 else {
                file.discard()
                throw NeosantaraError(
                    kind: .invalidRequest, message: "the batch input file \(url.path) would hold no request")
            }
            do {
                try file.commit()
            } catch {
                throw NeosantaraError(
                    kind: .localFile, message: "cannot write \(url.path): \(error)", underlying: error)
            }
            return BatchInputSummary(
                url: url, endpoint: state.checker.endpoint, requestCount: state.checker.requestCount,
                byteCount: state.checker.byteCount)
        }
    }

    private var finishedError: NeosantaraError {
        NeosantaraError(kind: .invalidRequest, message: "the batch input file \(url.path) is already finished")
    }

    /// Runs `body` on the state under the lock.
    private func locked<Value>(_ body: (inout State) throws(NeosantaraError) -> Value) throws(NeosantaraError)
        -> Value
    {
        try state.withLockedValue { state in Result { () throws(NeosantaraError) in try body(&state) } }.get()
    }

    /// Writes `requests` to a new file at `url`, one line each as the sequence yields them.
    ///
    /// - Throws: What ``append(_:)`` and ``finish()`` throw; no file appears at `url` then.
    @discardableResult
    public static func write(
        _ requests: some Sequence<BatchRequest>, to url: URL, limits: BatchLimits = .default
    ) throws(NeosantaraError) -> BatchInputSummary {
        let writer = try BatchInputWriter(url: url, limits: limits)
        for request in requests {
            try writer.append(request)
        }
        return try writer.finish()
    }
}

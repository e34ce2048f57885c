import NIOConcurrencyHelpers

/// The shared, single-pass state of a ``ChatCompletionStream``: the reader of the body and the accumulated
/// response.
///
/// The reader is taken out under the lock while a task awaits the next chunk, and put back afterwards, so the
/// lock is never held across a suspension. Two tasks reading one stream at once is a programming error, as
/// with `AsyncStream`.
final class ChatCompletionStreamState: @unchecked Sendable {
    private enum Phase {
        /// Ready to read more.
        case ready(ChatCompletionChunkReader)
        /// A task is reading the next chunk.
        case reading
        /// The stream ended as it should.
        case finished
        /// The stream failed; every later read throws the same error.
        case failed(NeosantaraError)
    }

    private let lock = NIOLock()
    /// Guarded by `lock`.
    private var phase: Phase
    /// Guarded by `lock`.
    private var accumulator = ChatCompletionAccumulator()
    /// Whether the reader should be dropped when it comes back; guarded by `lock`.
    private var stopRequested = false

    /// The call's logs, metrics and span, told of each chunk and of how the stream ended.
    private let operation: OperationInstrumentation

    init(reader: ChatCompletionChunkReader, operation: OperationInstrumentation) {
        phase = .ready(reader)
        self.operation = operation
    }

    /// The response the chunks read so far amount to.
    var response: ChatCompletionsResponse {
        lock.withLock { accumulator.response }
    }

    /// Reads the next chunk, or returns `nil` once the stream has ended as it should.
    @inline(never)
    func next() async throws(NeosantaraError) -> ChatCompletionChunk? {
        guard let reader = try checkOut() else { return nil }
        let step: ChatCompletionChunkReader.Step
        do {
            step = try await reader.next()
        } catch {
            fail(error)
            throw error
        }
        return try finish(step, reader: reader)
    }

    /// Adds a chunk to the response, or ends the stream, after a read. Out of line, so that its work does
    /// not enlarge the async frame of ``next()``, which a stream holds while it waits for the server.
    @inline(never)
    private func finish(_ step: ChatCompletionChunkReader.Step, reader: ChatCompletionChunkReader)
        throws(NeosantaraError) -> ChatCompletionChunk?
    {
        switch step {
        case .chunk(let chunk):
            operation.received(chunk)
            let stopped: NeosantaraError? = lock.withLock {
                accumulator.add(chunk)
                let stopped = stopRequested ? reader.stoppedError() : nil
                phase = stopped.map(Phase.failed) ?? .ready(reader)
                return stopped
            }
            if let stopped {
                operation.failed(stopped)
            }
            return chunk
        case .done:
            lock.withLock { phase = .finished }
            operation.succeeded()
            return nil
        case .endOfBody:
            let failure = lock.withLock {
                let failure = accumulator.everyChoiceFinished ? nil : reader.incompleteStreamError()
                phase = failure.map(Phase.failed) ?? .finished
                return failure
            }
            if let failure {
                operation.failed(failure)
                throw failure
            }
            operation.succeeded()
            return nil
        }
    }

    /// Records that the stream failed with `error`.
    @inline(never)
    private func fail(_ error: NeosantaraError) {
        lock.withLock { phase = .failed(error) }
        operation.failed(error)
    }

    /// Closes the connection unless the stream has ended: a loop reading it stopped early.
    func stopIfUnfinished() {
        let reader: ChatCompletionChunkReader? = lock.withLock {
            switch phase {
            case .ready(let reader):
                phase = .failed(reader.stoppedError())
                return reader
            case .reading:
                stopRequested = true
                return nil
            case .finished, .failed:
                return nil
            }
        }
        // The reader, and with it the body's iterator, is released here, outside the lock; that closes the
        // connection.
        if let reader {
            operation.failed(reader.stoppedError())
        }
    }

    /// Takes the reader out, or returns `nil` when the stream has ended, or throws its failure.
    private func checkOut() throws(NeosantaraError) -> ChatCompletionChunkReader? {
        lock.lock()
        defer { lock.unlock() }
        switch phase {
        case .ready(let reader):
            phase = .reading
            return reader
        case .reading:
            preconditionFailure("A ChatCompletionStream was read by two tasks at once; read it from one task")
        case .finished:
            return nil
        case .failed(let error):
            throw error
        }
    }
}

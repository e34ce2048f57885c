import NIOConcurrencyHelpers

/// The shared, single-pass state of an event stream of any ``EventStreamFormat``: the reader of the body and
/// what the elements add up to.
///
/// The reader is taken out under the lock while a task awaits the next element, and put back afterwards, so
/// the lock is never held across a suspension. Two tasks reading one stream at once is a programming error, as
/// with `AsyncStream`.
final class EventStreamState<Format: EventStreamFormat>: @unchecked Sendable {
    private enum Phase {
        /// Ready to read more.
        case ready(EventStreamReader)
        /// A task is reading the next element.
        case reading
        /// The stream ended as it should.
        case finished
        /// The stream failed; every later read throws the same error.
        case failed(NeosantaraError)
    }

    /// What the next read found.
    private enum Step {
        case element(Format.Element)
        /// The format's last event, an element; the rest of the body has been read and dropped.
        case lastElement(Format.Element)
        /// The format's last event; the rest of the body has been read and dropped.
        case end
        /// The end of the body, without the format's last event.
        case endOfBody
    }

    private let lock = NIOLock()
    /// Guarded by `lock`.
    private var phase: Phase
    /// Guarded by `lock`.
    private var accumulator: Format.Accumulator
    /// Whether the reader should be dropped when it comes back; guarded by `lock`.
    private var stopRequested = false

    /// The call's logs, metrics and span, told of each element and of how the stream ended.
    private let operation: OperationInstrumentation

    /// The state of the stream `response` opened, read with `executor`'s limits.
    init(_ response: RequestExecutor.OpenResponse, executor: RequestExecutor, accumulator: Format.Accumulator) {
        phase = .ready(
            EventStreamReader(
                response, maximumEventSize: executor.configuration.maximumResponseBodySize,
                elementName: Format.elementName, redactor: executor.redactor))
        self.accumulator = accumulator
        operation = response.operation
    }

    /// What the elements read so far add up to.
    var accumulated: Format.Accumulator {
        lock.withLock { accumulator }
    }

    /// Reads the next element, or returns `nil` once the stream has ended as it should.
    @inline(never)
    func next() async throws(NeosantaraError) -> Format.Element? {
        guard let reader = try checkOut() else { return nil }
        let step: Step
        do {
            step = try await Self.read(reader)
        } catch {
            fail(error)
            throw error
        }
        return try finish(step, reader: reader)
    }

    /// Reads events until one makes an element or ends the stream.
    @inline(never)
    private static func read(_ reader: EventStreamReader) async throws(NeosantaraError) -> Step {
        while true {
            guard let event = try await reader.nextEvent() else { return .endOfBody }
            switch try Format.decode(event, reader: reader) {
            case .element(let element):
                reader.elementCount += 1
                return .element(element)
            case .lastElement(let element):
                reader.elementCount += 1
                await reader.dropRestOfBody()
                return .lastElement(element)
            case .skip:
                continue
            case .end:
                await reader.dropRestOfBody()
                return .end
            }
        }
    }

    /// Adds an element to what arrived, or ends the stream, after a read. Out of line, so that its work does
    /// not enlarge the async frame of ``next()``, which a stream holds while it waits for the server.
    @inline(never)
    private func finish(_ step: Step, reader: EventStreamReader) throws(NeosantaraError) -> Format.Element? {
        switch step {
        case .element(let element):
            operation.received()
            let stopped: NeosantaraError? = lock.withLock {
                Format.accumulate(element, into: &accumulator)
                let stopped = stopRequested ? reader.stoppedError(keptIn: Format.accumulatedProperty) : nil
                phase = stopped.map(Phase.failed) ?? .ready(reader)
                return stopped
            }
            if let stopped {
                operation.failed(stopped)
            }
            return element
        case .lastElement(let element):
            operation.received()
            lock.withLock {
                Format.accumulate(element, into: &accumulator)
                phase = .finished
            }
            succeed()
            return element
        case .end:
            lock.withLock { phase = .finished }
            succeed()
            return nil
        case .endOfBody:
            let failure = lock.withLock {
                let failure = Format.endOfBodyError(accumulator, reader: reader)
                phase = failure.map(Phase.failed) ?? .finished
                return failure
            }
            if let failure {
                operation.failed(failure)
                throw failure
            }
            succeed()
            return nil
        }
    }

    /// Ends the operation as a success, with a summary when something records one.
    private func succeed() {
        guard operation.recordsResponses else { return operation.succeeded() }
        operation.succeeded(Format.summary(of: accumulated))
    }

    /// Records that the stream failed with `error`.
    @inline(never)
    private func fail(_ error: NeosantaraError) {
        lock.withLock { phase = .failed(error) }
        operation.failed(error)
    }

    /// Closes the connection unless the stream has ended: a loop reading it stopped early.
    func stopIfUnfinished() {
        let reader: EventStreamReader? = lock.withLock {
            switch phase {
            case .ready(let reader):
                phase = .failed(reader.stoppedError(keptIn: Format.accumulatedProperty))
                return reader
            case .reading:
                stopRequested = true
                return nil
            case .finished, .failed:
                return nil
            }
        }
        // The reader, and with it the body, is released here, outside the lock; that closes the connection.
        if let reader {
            operation.failed(reader.stoppedError(keptIn: Format.accumulatedProperty))
        }
    }

    /// Takes the reader out, or returns `nil` when the stream has ended, or throws its failure.
    private func checkOut() throws(NeosantaraError) -> EventStreamReader? {
        lock.lock()
        defer { lock.unlock() }
        switch phase {
        case .ready(let reader):
            phase = .reading
            return reader
        case .reading:
            preconditionFailure("An event stream was read by two tasks at once; read it from one task")
        case .finished:
            return nil
        case .failed(let error):
            throw error
        }
    }

    /// Closes the connection when the last copy of an iterator goes away before the stream has ended.
    final class IterationLifetime: Sendable {
        let state: EventStreamState

        init(state: EventStreamState) {
            self.state = state
        }

        deinit {
            state.stopIfUnfinished()
        }
    }
}

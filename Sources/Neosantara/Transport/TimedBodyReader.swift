import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// Reads a response body in a task of its own, so that a caller waiting for a chunk can be answered with a
/// timeout error when the idle timeout or the deadline passes first.
///
/// The reading task starts at the caller's first read and reads at most ``readAheadLimit`` bytes (and one
/// chunk) ahead of the caller.
/// There is one task per body and one timer on a NIO event loop, armed when the caller first waits and
/// re-armed only when it fires. A caller whose chunk was read ahead does not wait at all. (Racing each read
/// against a sleeping task, as the SDK did before, cost two child tasks per chunk and left each cancelled
/// sleep scheduled until its deadline, minutes later.)
final class TimedBodyReader: Sendable {
    private let limits: BodyTimeLimits
    private let source: Source
    private let state = NIOLockedValueBox(State())

    private struct State {
        /// The caller waiting for the next chunk, and since when.
        var waiter: UnsafeContinuation<ByteBuffer?, any Error>?
        var waitingSince = ContinuousClock.now
        /// Chunks, then perhaps the end (`nil`) or an error, that the reading task got before the caller
        /// asked for them, and their size in bytes.
        var readAhead: [Result<ByteBuffer?, any Error>] = []
        var readAheadBytes = 0
        /// The reading task, waiting for the caller to take some of ``readAhead``; resumed with whether to
        /// stop.
        var parkedReader: UnsafeContinuation<Bool, Never>?
        var started = false
        /// The caller's priority, which the reading task and the timer's checks run at.
        var priority = TaskPriority.medium
        var task: Task<Void, any Error>?
        var timer: Scheduled<Void>?
        /// How the body ended for the caller: at its end, or with an error.
        var outcome: Result<Void, any Error>?
    }

    init(base: HTTPResponseBody, limits: BodyTimeLimits) {
        self.limits = limits
        source = Source(base.makeAsyncIterator())
    }

    /// The next chunk, `nil` at the end of the body; throws a timeout error, the body's error, or
    /// `CancellationError` when the calling task is cancelled.
    func next() async throws -> ByteBuffer? {
        try Task.checkCancellation()
        return try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { (waiter: UnsafeContinuation<ByteBuffer?, any Error>) in
                wait(waiter)
            }
        } onCancel: {
            finish(.failure(CancellationError()))
        }
    }

    /// Stops reading: the body is abandoned.
    func stop() {
        finish(.failure(CancellationError()))
    }

    private func wait(_ waiter: UnsafeContinuation<ByteBuffer?, any Error>) {
        enum Action {
            case end(Result<Void, any Error>)
            case deliver(
                Result<ByteBuffer?, any Error>, reader: UnsafeContinuation<Bool, Never>?, timer: Scheduled<Void>?)
            case start
            case wait
        }
        let action = state.withLockedValue { state -> Action in
            if let outcome = state.outcome {
                return .end(outcome)
            }
            if !state.readAhead.isEmpty {
                let chunk = state.readAhead.removeFirst()
                guard case .success(.some(let bytes)) = chunk else {
                    state.outcome = chunk.map { _ in () }
                    defer { state.timer = nil }
                    return .deliver(chunk, reader: nil, timer: state.timer)
                }
                state.readAheadBytes -= bytes.readableBytes
                guard state.readAheadBytes < Self.readAheadLimit else {
                    return .deliver(chunk, reader: nil, timer: nil)
                }
                defer { state.parkedReader = nil }
                return .deliver(chunk, reader: state.parkedReader, timer: nil)
            }
            let now = ContinuousClock.now
            state.waiter = waiter
            state.waitingSince = now
            guard state.started else {
                state.started = true
                state.priority = Task.currentPriority
                return .start
            }
            if state.timer == nil {
                state.timer = schedule(at: now + limits.allowedWait(since: now), priority: state.priority)
            }
            return .wait
        }
        switch action {
        case .end(.success):
            waiter.resume(returning: nil)
        case .end(.failure(let error)):
            waiter.resume(throwing: error)
        case .deliver(let chunk, let reader, let timer):
            timer?.cancel()
            reader?.resume(returning: false)
            waiter.resume(with: chunk)
        case .start:
            let task = Task.startingHere { await self.read() }
            // The reading task ran here until it first had to wait; a body already received may have
            // answered the caller, who then needs no timer.
            let stopped = state.withLockedValue { state in
                guard state.outcome == nil else { return true }
                state.task = task
                if state.waiter != nil, state.timer == nil {
                    let due = state.waitingSince + limits.allowedWait(since: state.waitingSince)
                    state.timer = schedule(at: due, priority: state.priority)
                }
                return false
            }
            if stopped { task.cancel() }
        case .wait:
            break
        }
    }

    /// How many bytes the reading task reads ahead of the caller, at most, plus one chunk: enough to take
    /// everything that has already arrived in one go, without a hop between threads for each chunk.
    static let readAheadLimit = 64 * 1024

    /// The reading task: reads chunks, one ahead of the caller at most, until the body ends or the reader
    /// stops.
    private func read() async {
        while true {
            let chunk: Result<ByteBuffer?, any Error>
            do {
                chunk = .success(try await source.next())
            } catch {
                chunk = .failure(error)
            }
            let isLast: Bool
            if case .success(.some) = chunk {
                isLast = false
            } else {
                isLast = true
            }
            let (waiter, timer, then) = state.withLockedValue {
                state -> (UnsafeContinuation<ByteBuffer?, any Error>?, Scheduled<Void>?, AfterRead) in
                guard state.outcome == nil else { return (nil, nil, .stop) }
                guard let waiter = state.waiter else {
                    state.readAhead.append(chunk)
                    if case .success(.some(let bytes)) = chunk {
                        state.readAheadBytes += bytes.readableBytes
                    }
                    if isLast { return (nil, nil, .stop) }
                    return (nil, nil, state.readAheadBytes < Self.readAheadLimit ? .readOn : .park)
                }
                state.waiter = nil
                guard isLast else { return (waiter, nil, .readOn) }
                state.outcome = chunk.map { _ in () }
                defer { state.timer = nil }
                return (waiter, state.timer, .stop)
            }
            timer?.cancel()
            waiter?.resume(with: chunk)
            switch then {
            case .stop:
                return
            case .readOn:
                continue
            case .park:
                let stopped = await withUnsafeContinuation { (reader: UnsafeContinuation<Bool, Never>) in
                    let resumeWith = state.withLockedValue { state -> Bool? in
                        if state.outcome != nil { return true }
                        if state.readAheadBytes < Self.readAheadLimit { return false }
                        state.parkedReader = reader
                        return nil
                    }
                    if let resumeWith { reader.resume(returning: resumeWith) }
                }
                if stopped { return }
            }
        }
    }

    /// What the reading task does after a read.
    private enum AfterRead {
        /// The body ended, for the caller or for the reader.
        case stop
        /// The caller took the chunk, or there is room to read ahead: read the next.
        case readOn
        /// The chunks read ahead fill the limit: wait until the caller takes some.
        case park
    }

    /// Ends the body with `outcome` unless it has ended: answers a waiting caller, stops the reading task
    /// and the timer.
    private func finish(_ outcome: Result<Void, any Error>) {
        let ended = state.withLockedValue { state in
            guard state.outcome == nil else { return nil as Ended? }
            state.outcome = outcome
            defer {
                state.waiter = nil
                state.parkedReader = nil
                state.readAhead = []
                state.task = nil
                state.timer = nil
            }
            return Ended(waiter: state.waiter, reader: state.parkedReader, task: state.task, timer: state.timer)
        }
        guard let ended else { return }
        ended.timer?.cancel()
        ended.task?.cancel()
        ended.reader?.resume(returning: true)
        if case .failure(let error) = outcome {
            ended.waiter?.resume(throwing: error)
        } else {
            ended.waiter?.resume(returning: nil)
        }
    }

    private struct Ended {
        var waiter: UnsafeContinuation<ByteBuffer?, any Error>?
        var reader: UnsafeContinuation<Bool, Never>?
        var task: Task<Void, any Error>?
        var timer: Scheduled<Void>?
    }

    /// Schedules the timer to check at `instant`. Called with the state locked; the timer locks it only
    /// when it fires.
    private func schedule(at instant: ContinuousClock.Instant, priority: TaskPriority) -> Scheduled<Void> {
        BodyTimeLimits.schedule(at: instant, priority: priority) { [self] fired in expire(firedAt: fired) }
    }

    /// The timer fired: fails a caller that has waited too long, or re-arms for the one waiting now.
    private func expire(firedAt fired: ContinuousClock.Instant) {
        let now = ContinuousClock.now
        let expired = state.withLockedValue { state -> NeosantaraError? in
            guard state.outcome == nil else { return nil }
            state.timer = nil
            guard state.waiter != nil else { return nil }
            switch limits.check(waitingSince: state.waitingSince, fired: fired, now: now) {
            case .expired(let error):
                return error
            case .checkAgain(let instant):
                state.timer = schedule(at: instant, priority: state.priority)
                return nil
            }
        }
        if let expired {
            finish(.failure(expired))
        }
    }

    /// Holds the body's iterator for the reading task.
    ///
    /// It is `@unchecked Sendable` because only the reading task uses the iterator, one read at a time.
    private final class Source: @unchecked Sendable {
        private var iterator: HTTPResponseBody.AsyncIterator

        init(_ iterator: HTTPResponseBody.AsyncIterator) {
            self.iterator = iterator
        }

        func next() async throws -> ByteBuffer? {
            try await iterator.next()
        }
    }
}

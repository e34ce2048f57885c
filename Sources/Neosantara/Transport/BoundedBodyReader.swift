import NIOConcurrencyHelpers
import NIOCore

/// Reads a whole response body in a task of its own, which fails with a timeout error when a chunk takes
/// longer than the idle timeout or the deadline passes first.
///
/// The task starts on the caller's thread and runs there until it first has to wait, where the platform
/// allows: a body that has already arrived, as a small reply's usually has with its head, is read without
/// a thread hop and without a timer. Only a body still on its way arms one timer on a NIO event loop,
/// re-armed only when it fires. (``TimedBodyReader`` does the same for a body read chunk by chunk.)
final class BoundedBodyReader: Sendable {
    private let limits: BodyTimeLimits
    private let state = NIOLockedValueBox(State())

    private struct State {
        /// When the reading task last received a chunk, or began.
        var waitingSince = ContinuousClock.now
        var finished = false
        /// The timeout that stopped the reading task.
        var timeout: NeosantaraError?
        var task: Task<ByteBuffer?, any Error>?
        var timer: Scheduled<Void>?
        /// The caller's priority, which the timer's checks run at.
        var priority = TaskPriority.medium
    }

    private init(limits: BodyTimeLimits) {
        self.limits = limits
    }

    /// Reads `body` whole within `limits`.
    ///
    /// - Returns: The bytes, or `nil` when the body is longer than `limit`.
    /// - Throws: A ``NeosantaraError/Kind/timeout`` error, the body's error, or `CancellationError` when the
    ///   calling task is cancelled.
    static func collect(_ body: HTTPResponseBody, upTo limit: Int, within limits: BodyTimeLimits) async throws
        -> ByteBuffer?
    {
        let reader = BoundedBodyReader(limits: limits)
        let task = Task.startingHere { try await reader.read(body, upTo: limit) }
        reader.armTimer(for: task)
        do {
            return try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
        } catch {
            throw reader.state.withLockedValue { $0.timeout } ?? error
        }
    }

    /// The reading task: collects the body, noting when each chunk arrives, then stops the timer.
    private func read(_ body: HTTPResponseBody, upTo limit: Int) async throws -> ByteBuffer? {
        defer {
            let timer = state.withLockedValue { state in
                state.finished = true
                state.task = nil
                defer { state.timer = nil }
                return state.timer
            }
            timer?.cancel()
        }
        var collected = ByteBuffer()
        for try await var chunk in body {
            state.withLockedValue { $0.waitingSince = .now }
            guard collected.readableBytes + chunk.readableBytes <= limit else { return nil }
            // A body that arrives in one chunk, as most replies do, is kept as it is instead of copied.
            if collected.readableBytes == 0 {
                collected = chunk
            } else {
                collected.writeBuffer(&chunk)
            }
        }
        // A cancelled body may just end, as AsyncStream's and AsyncHTTPClient's do: what was read is not
        // the whole body.
        try Task.checkCancellation()
        return collected
    }

    /// Arms the timer, unless the reading task has already finished.
    private func armTimer(for task: Task<ByteBuffer?, any Error>) {
        let priority = Task.currentPriority
        state.withLockedValue { state in
            guard !state.finished else { return }
            state.task = task
            state.priority = priority
            state.timer = schedule(at: state.waitingSince + limits.allowedWait(since: state.waitingSince), priority)
        }
    }

    /// Schedules the timer to check at `instant`. Called with the state locked; the timer locks it only
    /// when it fires.
    private func schedule(at instant: ContinuousClock.Instant, _ priority: TaskPriority) -> Scheduled<Void> {
        BodyTimeLimits.schedule(at: instant, priority: priority) { [self] fired in expire(firedAt: fired) }
    }

    /// The timer fired: stops a reading task that has waited too long, or re-arms.
    private func expire(firedAt fired: ContinuousClock.Instant) {
        let now = ContinuousClock.now
        let expired = state.withLockedValue { state -> Task<ByteBuffer?, any Error>? in
            guard !state.finished else { return nil }
            state.timer = nil
            switch limits.check(waitingSince: state.waitingSince, fired: fired, now: now) {
            case .expired(let error):
                state.timeout = error
                return state.task
            case .checkAgain(let instant):
                state.timer = schedule(at: instant, state.priority)
                return nil
            }
        }
        expired?.cancel()
    }
}

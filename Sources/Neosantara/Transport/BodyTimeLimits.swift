import NIOCore
import NIOPosix

/// How long reading a response body may take: the idle timeout between chunks and, for a body that must
/// arrive whole, the request's deadline.
struct BodyTimeLimits: Sendable {
    /// The most time to wait for each chunk.
    var idleTimeout: Duration
    /// When the whole body must have arrived, and the request timeout that set it; `nil` for a body, such
    /// as a stream's, that may take as long as it keeps sending.
    var deadline: RequestDeadline?

    /// Limits of `idleTimeout` between chunks and, when given, `deadline` for the whole body.
    init(idleTimeout: Duration, deadline: RequestDeadline? = nil) {
        self.idleTimeout = idleTimeout
        self.deadline = deadline
    }

    /// How late a timer's check may run and still count as prompt.
    static let promptCheck = Duration.milliseconds(20)

    /// How long a reader who started waiting at `start` may wait.
    func allowedWait(since start: ContinuousClock.Instant) -> Duration {
        guard let deadline, deadlineIsNearer(waitingSince: start) else { return idleTimeout }
        return deadline.instant - start
    }

    /// What a timer's check that fired at `fired` and runs `now` decides for a reader waiting since `start`.
    ///
    /// When the check ran late, the process's tasks were too busy to deliver a chunk that may already have
    /// arrived; the check is then repeated after as long again, until the reader has waited twice the
    /// limit, so that a busy process does not fail a body the server sent in time.
    func check(
        waitingSince start: ContinuousClock.Instant, fired: ContinuousClock.Instant, now: ContinuousClock.Instant
    )
        -> TimerCheck
    {
        let allowed = allowedWait(since: start)
        let due = start + allowed
        guard now < due else {
            let lag = now - fired
            guard lag > Self.promptCheck, now - due < allowed else {
                return .expired(timeoutError(waitingSince: start))
            }
            return .checkAgain(at: now + lag)
        }
        return .checkAgain(at: due)
    }

    /// What a timer's check decides.
    enum TimerCheck {
        /// The reader waited too long: fail it with this error.
        case expired(NeosantaraError)
        /// Check again at this instant.
        case checkAgain(at: ContinuousClock.Instant)
    }

    /// Schedules `check` for `instant` on a NIO event loop's timer; it runs in a task at `priority`, after
    /// yielding once, and is given the instant the timer fired.
    ///
    /// Running the check from a task queues it behind the jobs that deliver a chunk which arrived in time
    /// (the body's producer, then its reader): when the process's tasks are all busy, such a chunk must
    /// not lose to the timer.
    static func schedule(
        at instant: ContinuousClock.Instant,
        priority: TaskPriority,
        _ check: @escaping @Sendable (ContinuousClock.Instant) -> Void
    ) -> Scheduled<Void> {
        let delay = max(.zero, instant - .now)
        return MultiThreadedEventLoopGroup.singleton.next().scheduleTask(in: .nanoseconds(delay.nanoseconds)) {
            let fired = ContinuousClock.now
            Task(priority: priority) {
                await Task.yield()
                check(fired)
            }
        }
    }

    /// Whether the deadline, rather than the idle timeout, limits a reader who started waiting at `start`.
    private func deadlineIsNearer(waitingSince start: ContinuousClock.Instant) -> Bool {
        guard let deadline else { return false }
        return deadline.instant - start < idleTimeout
    }

    /// The error for a reader who started waiting at `start` and waited too long.
    private func timeoutError(waitingSince start: ContinuousClock.Instant) -> NeosantaraError {
        if let deadline, deadlineIsNearer(waitingSince: start) {
            return NeosantaraError(
                kind: .timeout, message: "no complete response within \(deadline.timeout) (the request timeout)",
                timeoutKind: .request)
        }
        return NeosantaraError(
            kind: .timeout, message: "the response body paused for more than \(idleTimeout) (the idle timeout)",
            timeoutKind: .idle)
    }
}

/// When a response must be complete: the instant, and the request timeout it comes from, for messages.
struct RequestDeadline: Sendable {
    var instant: ContinuousClock.Instant
    var timeout: Duration
}

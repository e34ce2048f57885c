import NIOConcurrencyHelpers

/// A clock that never sleeps: each sleep records how long it was asked to last and moves ``now`` to its end.
///
/// With `holdsSleeps` set, a sleep also waits until the test calls ``releaseSleeps()`` or cancels the
/// sleeping task, which then gets a `CancellationError` at once, as from `Task.sleep`.
/// ``waitUntilSleeping()`` tells the test when a task has started waiting.
final class TestClock: Clock, Sendable {
    /// A point on the test clock: the time since it was made.
    struct Instant: InstantProtocol {
        var offset: Duration

        func advanced(by duration: Duration) -> Instant {
            Instant(offset: offset + duration)
        }

        func duration(to other: Instant) -> Duration {
            other.offset - offset
        }

        static func < (lhs: Instant, rhs: Instant) -> Bool {
            lhs.offset < rhs.offset
        }
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleeps: [Duration] = []
        var held: [Int: CheckedContinuation<Void, any Error>] = [:]
        var cancelledBeforeHeld: Set<Int> = []
        var nextSleeper = 0
        var sleepWatchers: [CheckedContinuation<Void, Never>] = []
    }

    private let state = NIOLockedValueBox(State())
    private let holdsSleeps: Bool

    init(holdsSleeps: Bool = false) {
        self.holdsSleeps = holdsSleeps
    }

    var now: Instant { state.withLockedValue(\.now) }

    var minimumResolution: Duration { .zero }

    /// The length of every sleep so far, in order.
    var sleeps: [Duration] { state.withLockedValue(\.sleeps) }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        let sleeper = state.withLockedValue { state in
            state.sleeps.append(state.now.duration(to: deadline))
            state.now = max(state.now, deadline)
            state.nextSleeper += 1
            return state.nextSleeper
        }
        guard holdsSleeps else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let (wasCancelled, watchers) = state.withLockedValue { state in
                    if state.cancelledBeforeHeld.remove(sleeper) != nil {
                        return (true, [CheckedContinuation<Void, Never>]())
                    }
                    state.held[sleeper] = continuation
                    defer { state.sleepWatchers = [] }
                    return (false, state.sleepWatchers)
                }
                if wasCancelled {
                    continuation.resume(throwing: CancellationError())
                }
                watchers.forEach { $0.resume() }
            }
        } onCancel: {
            let continuation = state.withLockedValue { state in
                guard let continuation = state.held.removeValue(forKey: sleeper) else {
                    state.cancelledBeforeHeld.insert(sleeper)
                    return CheckedContinuation<Void, any Error>?.none
                }
                return continuation
            }
            continuation?.resume(throwing: CancellationError())
        }
    }

    /// Returns once a task is held in a sleep.
    func waitUntilSleeping() async {
        await withCheckedContinuation { continuation in
            let isSleeping = state.withLockedValue { state in
                if state.held.isEmpty {
                    state.sleepWatchers.append(continuation)
                }
                return !state.held.isEmpty
            }
            if isSleeping {
                continuation.resume()
            }
        }
    }

    /// Ends every sleep that is held.
    func releaseSleeps() {
        let held = state.withLockedValue { state in
            defer { state.held = [:] }
            return state.held.values
        }
        held.forEach { $0.resume() }
    }
}

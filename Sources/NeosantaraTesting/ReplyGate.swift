import NIOConcurrencyHelpers

/// A gate a test opens to let a held reply go on: the server sends part of a reply, waits at the gate, and
/// sends the rest once the test opens it.
///
/// Use it with ``ScriptedReply/pausing(afterEvents:until:)`` to check that your code handles each event of
/// a stream as it arrives, before the server has sent the next:
///
/// ```swift
/// let gate = ReplyGate()
/// server.enqueue(.standard.pausing(afterEvents: 2, until: gate), for: .chatCompletions)
/// var iterator = try await client.chat.completions.stream(model: "m", messages: [.user("Halo")])
///     .makeAsyncIterator()
/// _ = try await iterator.next()   // arrives while the server waits at the gate
/// _ = try await iterator.next()
/// gate.open()                     // the rest of the stream follows
/// ```
///
/// A gate opens once and stays open; a reply that reaches an open gate goes straight on. A server that stops
/// stops waiting at its gates too, so a gate the test never opens does not hold up the end of the test.
public final class ReplyGate: Sendable {
    private struct State {
        var isOpen = false
        var waiters: [Int: CheckedContinuation<Void, any Error>] = [:]
        var nextWaiter = 0
    }

    private let state = NIOLockedValueBox(State())

    /// Creates a closed gate.
    public init() {}

    /// Whether the gate has been opened.
    public var isOpen: Bool {
        state.withLockedValue(\.isOpen)
    }

    /// Opens the gate: every reply waiting at it goes on, and every later one passes without waiting.
    public func open() {
        let waiters = state.withLockedValue { state in
            state.isOpen = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters {
            waiter.resume()
        }
    }

    /// Waits until the gate opens.
    ///
    /// - Throws: `CancellationError` when the task is cancelled first.
    func wait() async throws {
        let id = state.withLockedValue { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = state.withLockedValue { state in
                    if state.isOpen { return .success(()) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    state.waiters[id] = continuation
                    return nil
                }
                if let outcome {
                    continuation.resume(with: outcome)
                }
            }
        } onCancel: {
            state.withLockedValue { $0.waiters.removeValue(forKey: id) }?.resume(throwing: CancellationError())
        }
    }
}

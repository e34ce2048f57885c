import NIOConcurrencyHelpers

/// Counts the replies whose client went away before the server finished writing them, and wakes those who
/// wait for a number of them.
final class DisconnectLog: Sendable {
    private struct Waiter {
        var count: Int
        var continuation: CheckedContinuation<Void, Never>
    }

    private struct State {
        var count = 0
        var waiters: [Int: Waiter] = [:]
        var nextWaiter = 0
    }

    private let state = NIOLockedValueBox(State())

    /// The disconnects so far.
    var count: Int {
        state.withLockedValue(\.count)
    }

    /// Records one disconnect, and wakes the waiters it satisfies.
    func record() {
        let satisfied = state.withLockedValue { state in
            state.count += 1
            let count = state.count
            let ready = state.waiters.filter { $0.value.count <= count }
            for id in ready.keys {
                state.waiters.removeValue(forKey: id)
            }
            return ready.values.map(\.continuation)
        }
        for continuation in satisfied {
            continuation.resume()
        }
    }

    /// Waits until at least `count` disconnects are recorded, or `timeout` passes; returns whether they were.
    func wait(for count: Int, timeout: Duration) async -> Bool {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.wait(for: count) }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
        }
        return self.count >= count
    }

    /// Waits until at least `count` disconnects are recorded or the task is cancelled.
    private func wait(for count: Int) async {
        let id = state.withLockedValue { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLockedValue { state in
                    guard state.count < count, !Task.isCancelled else { return true }
                    state.waiters[id] = Waiter(count: count, continuation: continuation)
                    return false
                }
                if resumeNow {
                    continuation.resume()
                }
            }
        } onCancel: {
            state.withLockedValue { $0.waiters.removeValue(forKey: id) }?.continuation.resume()
        }
    }
}

import Foundation
import NIOConcurrencyHelpers

/// Tells those who wait for it the base URL once the server listens, or the error that stopped it first.
final class ListeningSignal: Sendable {
    private enum State {
        case waiting([UUID: CheckedContinuation<URL, any Error>])
        case listening(URL)
        case stopped(any Error)
    }

    private let state = NIOLockedValueBox(State.waiting([:]))

    /// The base URL, once the server listens.
    var url: URL? {
        state.withLockedValue { state in
            if case .listening(let url) = state { return url }
            return nil
        }
    }

    /// Records that the server listens at `url`, and wakes everyone waiting.
    func listen(at url: URL) {
        let waiters = state.withLockedValue { state in
            defer { state = .listening(url) }
            if case .waiting(let waiters) = state { return Array(waiters.values) }
            return []
        }
        for waiter in waiters { waiter.resume(returning: url) }
    }

    /// Records that the server stopped with `error` before it listened, and fails everyone waiting.
    func stop(with error: any Error) {
        let waiters = state.withLockedValue { state -> [CheckedContinuation<URL, any Error>] in
            guard case .waiting(let waiters) = state else { return [] }
            state = .stopped(error)
            return Array(waiters.values)
        }
        for waiter in waiters { waiter.resume(throwing: error) }
    }

    /// Waits until the server listens and returns its base URL.
    ///
    /// - Throws: The error that stopped the server before it listened, or `CancellationError`.
    func wait() async throws -> URL {
        let id = UUID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<URL, any Error>) in
                let result: Result<URL, any Error>? = state.withLockedValue { state in
                    switch state {
                    case .listening(let url): return .success(url)
                    case .stopped(let error): return .failure(error)
                    case .waiting(var waiters):
                        if Task.isCancelled { return .failure(CancellationError()) }
                        waiters[id] = continuation
                        state = .waiting(waiters)
                        return nil
                    }
                }
                if let result { continuation.resume(with: result) }
            }
        } onCancel: {
            let waiter = state.withLockedValue { state -> CheckedContinuation<URL, any Error>? in
                guard case .waiting(var waiters) = state, let waiter = waiters.removeValue(forKey: id) else {
                    return nil
                }
                state = .waiting(waiters)
                return waiter
            }
            waiter?.resume(throwing: CancellationError())
        }
    }
}

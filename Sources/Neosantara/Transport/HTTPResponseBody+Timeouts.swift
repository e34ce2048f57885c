extension HTTPResponseBody {
    /// This body, failing with a ``NeosantaraError/Kind/timeout`` error when a chunk takes longer than
    /// `idleTimeout` to arrive, or when `deadline` passes first.
    ///
    /// - Parameters:
    ///   - idleTimeout: The most time to wait for each chunk.
    ///   - deadline: When the whole body must have arrived, and the request timeout that set it; `nil`
    ///     for a body, such as a stream's, that may take as long as it keeps sending.
    func timingOut(idleAfter idleTimeout: Duration, deadline: RequestDeadline?) -> HTTPResponseBody {
        HTTPResponseBody(TimeLimitedChunks(base: self, idleTimeout: idleTimeout, deadline: deadline))
    }
}

/// When a response must be complete: the instant, and the request timeout it comes from, for messages.
struct RequestDeadline: Sendable {
    var instant: ContinuousClock.Instant
    var timeout: Duration
}

/// The chunks of a body, each awaited for at most the idle timeout and never past the deadline.
private struct TimeLimitedChunks: AsyncSequence, Sendable {
    typealias Element = [UInt8]

    let base: HTTPResponseBody
    let idleTimeout: Duration
    let deadline: RequestDeadline?

    func makeAsyncIterator() -> Iterator {
        Iterator(reader: ChunkReader(base.makeAsyncIterator()), idleTimeout: idleTimeout, deadline: deadline)
    }

    struct Iterator: AsyncIteratorProtocol {
        let reader: ChunkReader
        let idleTimeout: Duration
        let deadline: RequestDeadline?

        /// Races the next chunk against the nearer of the idle timeout and the deadline.
        func next() async throws -> [UInt8]? {
            let (wait, timeout) = nearestLimit()
            let chunk = try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
                group.addTask { try await reader.next() }
                group.addTask {
                    try await Task.sleep(for: wait)
                    throw timeout
                }
                defer { group.cancelAll() }
                return try await group.next() ?? nil
            }
            try Task.checkCancellation()
            return chunk
        }

        /// How long to wait for the next chunk, and the error to throw when that time passes.
        private func nearestLimit() -> (Duration, NeosantaraError) {
            if let deadline, deadline.instant - .now < idleTimeout {
                return (
                    deadline.instant - .now,
                    NeosantaraError(
                        kind: .timeout,
                        message: "no complete response within \(deadline.timeout) (the request timeout)",
                        timeoutKind: .request)
                )
            }
            return (
                idleTimeout,
                NeosantaraError(
                    kind: .timeout, message: "the response body paused for more than \(idleTimeout) (the idle timeout)",
                    timeoutKind: .idle)
            )
        }
    }
}

/// Holds a body's iterator so that a child task can read the next chunk.
///
/// It is `@unchecked Sendable` because only one task uses the iterator at a time: each read runs in a
/// child task that ends before the next read starts.
private final class ChunkReader: @unchecked Sendable {
    private var iterator: HTTPResponseBody.AsyncIterator

    init(_ iterator: HTTPResponseBody.AsyncIterator) {
        self.iterator = iterator
    }

    func next() async throws -> [UInt8]? {
        try await iterator.next()
    }
}

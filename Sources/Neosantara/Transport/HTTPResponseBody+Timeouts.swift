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
        Iterator(owner: Owner(TimedBodyReader(base: base, idleTimeout: idleTimeout, deadline: deadline)))
    }

    struct Iterator: AsyncIteratorProtocol {
        let owner: Owner

        func next() async throws -> [UInt8]? {
            try await owner.reader.next()
        }
    }

    /// Stops the reader when the iterator is dropped, which closes the connection of a body left unread.
    final class Owner: Sendable {
        let reader: TimedBodyReader

        init(_ reader: TimedBodyReader) {
            self.reader = reader
        }

        deinit {
            reader.stop()
        }
    }
}

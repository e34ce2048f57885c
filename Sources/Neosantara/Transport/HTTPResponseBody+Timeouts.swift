extension HTTPResponseBody {
    /// This body, failing with a ``NeosantaraError/Kind/timeout`` error when a chunk takes longer than the
    /// idle timeout to arrive, or when the deadline, if any, passes first.
    func timingOut(within limits: BodyTimeLimits) -> HTTPResponseBody {
        HTTPResponseBody(TimeLimitedChunks(base: self, limits: limits))
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
    let limits: BodyTimeLimits

    func makeAsyncIterator() -> Iterator {
        Iterator(owner: Owner(TimedBodyReader(base: base, limits: limits)))
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

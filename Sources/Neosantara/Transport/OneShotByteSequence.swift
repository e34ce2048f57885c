import NIOConcurrencyHelpers
import NIOCore

/// A sequence of bytes that a request body can read once: the part of a ``HTTPRequestBody`` made with
/// ``HTTPRequestBody/stream(_:length:)``.
final class OneShotByteSequence: Sendable {
    /// The number of bytes the sequence holds, when the caller said.
    let length: Int64?
    private let makeReader: @Sendable () -> AnyChunkIterator
    private let started = NIOLockedValueBox(false)

    init<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks, length: Int64?) where Chunks.Element == ByteBuffer {
        self.length = length
        makeReader = { AnyChunkIterator(chunks.makeAsyncIterator()) }
    }

    /// Whether the sequence has been started, so that it cannot be read again.
    var hasStarted: Bool {
        started.withLockedValue { $0 }
    }

    /// Starts reading the sequence.
    ///
    /// - Throws: A ``NeosantaraError`` of kind ``NeosantaraError/Kind/invalidRequest`` when it was started
    ///   before.
    func start() throws(NeosantaraError) -> AnyChunkIterator {
        let isFirst = started.withLockedValue { started in
            defer { started = true }
            return !started
        }
        guard isFirst else {
            throw NeosantaraError(
                kind: .invalidRequest,
                message: "a request body read from a sequence can be sent only once, and it was sent already")
        }
        return makeReader()
    }
}

import NIOCore

/// Any iterator of byte chunks, behind one reference, so that bodies of every origin share one iterator type.
///
/// Only one task reads it at a time: the reader of the body it belongs to.
final class AnyChunkIterator {
    private let nextChunk: () async throws -> ByteBuffer?

    init<Iterator: AsyncIteratorProtocol>(_ iterator: Iterator) where Iterator.Element == ByteBuffer {
        var iterator = iterator
        nextChunk = { try await iterator.next() }
    }

    /// The next chunk, or `nil` at the end.
    func next() async throws -> ByteBuffer? {
        try await nextChunk()
    }
}

import NIOCore

/// A streamed request body's chunks, read no faster than AsyncHTTPClient's event loops write them.
///
/// AsyncHTTPClient asks a streamed body for its next chunk as long as the connection was writable when it
/// last looked, and hands each chunk to the connection's event loop without waiting for it. A reader faster
/// than the loop — a file read from the page cache is — then queues megabytes of chunks on the loop before the
/// connection's writability pause reaches the reader. Every few chunks this sequence waits until each loop of
/// the client's group has run what was queued on it before, so that the pause takes effect within those few
/// chunks: an upload holds a few hundred KiB of its body in memory, however large it is.
struct EventLoopPacedChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    /// How many chunks are read between two waits for the loops.
    static let chunksBetweenWaits = 4

    let chunks: HTTPRequestBody.Chunks
    /// The loops a connection of the client may be on.
    let loops: [any EventLoop]

    init(_ chunks: HTTPRequestBody.Chunks, writtenBy group: any EventLoopGroup) {
        self.chunks = chunks
        loops = Array(group.makeIterator())
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(chunks: chunks.makeAsyncIterator(), loops: loops)
    }

    /// Reads the chunks, waiting for the loops every ``EventLoopPacedChunks/chunksBetweenWaits`` chunks.
    struct AsyncIterator: AsyncIteratorProtocol {
        var chunks: HTTPRequestBody.Chunks.AsyncIterator
        let loops: [any EventLoop]
        private var readSinceWait = 0

        init(chunks: HTTPRequestBody.Chunks.AsyncIterator, loops: [any EventLoop]) {
            self.chunks = chunks
            self.loops = loops
        }

        /// The next chunk, after the loops have run the writes of the chunks before when it is time to wait.
        mutating func next() async throws -> ByteBuffer? {
            if readSinceWait == EventLoopPacedChunks.chunksBetweenWaits {
                readSinceWait = 0
                for loop in loops {
                    try await loop.submit {}.get()
                }
            }
            readSinceWait += 1
            return try await chunks.next()
        }
    }
}

import AsyncHTTPClient
import NIOCore

/// A response body, read once as chunks of bytes as they arrive.
///
/// The chunks are the transport's own buffers, handed on without a copy.
public struct HTTPResponseBody: AsyncSequence, Sendable {
    /// A chunk of bytes.
    public typealias Element = ByteBuffer

    private enum Source: Sendable {
        case client(HTTPClientResponse.Body)
        case buffer(ByteBuffer)
        case chunks(@Sendable () -> AnyChunkIterator)
    }

    private let source: Source
    /// Kept alive for as long as the body or an iterator of it is: the shared client the body comes from.
    private let owner: (any Sendable & AnyObject)?

    /// Wraps any sendable sequence of byte chunks.
    public init<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks) where Chunks.Element == ByteBuffer {
        source = .chunks { AnyChunkIterator(chunks.makeAsyncIterator()) }
        owner = nil
    }

    /// A body that holds `buffer`'s readable bytes, delivered as one chunk.
    public init(_ buffer: ByteBuffer) {
        source = .buffer(buffer)
        owner = nil
    }

    /// A body that holds `bytes`, delivered as one chunk.
    public init(bytes: some Sequence<UInt8>) {
        self.init(ByteBuffer(bytes: bytes))
    }

    /// The body of an AsyncHTTPClient response, read without a wrapper, keeping `owner` alive while it is read.
    init(_ body: HTTPClientResponse.Body, owner: (any Sendable & AnyObject)?) {
        source = .client(body)
        self.owner = owner
    }

    /// Creates the iterator that reads the chunks.
    public func makeAsyncIterator() -> AsyncIterator {
        switch source {
        case .client(let body): AsyncIterator(.client(body.makeAsyncIterator()), owner: owner)
        case .buffer(let buffer): AsyncIterator(.buffer(buffer.readableBytes > 0 ? buffer : nil), owner: owner)
        case .chunks(let makeIterator): AsyncIterator(.chunks(makeIterator()), owner: owner)
        }
    }

    /// Reads the chunks of a ``HTTPResponseBody``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        fileprivate enum Base {
            case client(HTTPClientResponse.Body.AsyncIterator)
            case buffer(ByteBuffer?)
            case chunks(AnyChunkIterator)
        }

        private var base: Base
        private let owner: (any Sendable & AnyObject)?

        fileprivate init(_ base: Base, owner: (any Sendable & AnyObject)?) {
            self.base = base
            self.owner = owner
        }

        /// The next chunk, or `nil` at the end of the body.
        public mutating func next() async throws -> ByteBuffer? {
            switch base {
            case .client(var iterator):
                let chunk = try await iterator.next()
                base = .client(iterator)
                return chunk
            case .buffer(let buffer):
                base = .buffer(nil)
                return buffer
            case .chunks(let iterator):
                return try await iterator.next()
            }
        }
    }
}

/// A response body, read once as chunks of bytes as they arrive.
public struct HTTPResponseBody: AsyncSequence, Sendable {
    /// A chunk of bytes.
    public typealias Element = [UInt8]

    private let makeIterator: @Sendable () -> AsyncIterator

    /// Wraps any sendable sequence of byte chunks.
    public init<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks) where Chunks.Element == [UInt8] {
        self.init(chunks) { $0 }
    }

    /// Wraps a sendable sequence of chunks of another type, converting each with `convert`.
    init<Chunks: AsyncSequence & Sendable>(
        _ chunks: Chunks,
        convert: @escaping @Sendable (Chunks.Element) -> [UInt8]
    ) {
        makeIterator = {
            var iterator = chunks.makeAsyncIterator()
            return AsyncIterator { try await iterator.next().map(convert) }
        }
    }

    /// A body that holds `bytes`, delivered as one chunk.
    public init(bytes: [UInt8]) {
        makeIterator = {
            var pending: [UInt8]? = bytes.isEmpty ? nil : bytes
            return AsyncIterator {
                defer { pending = nil }
                return pending
            }
        }
    }

    /// Creates the iterator that reads the chunks.
    public func makeAsyncIterator() -> AsyncIterator {
        makeIterator()
    }

    /// Reads the chunks of a ``HTTPResponseBody``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let nextChunk: () async throws -> [UInt8]?

        init(_ nextChunk: @escaping () async throws -> [UInt8]?) {
            self.nextChunk = nextChunk
        }

        /// The next chunk, or `nil` at the end of the body.
        public mutating func next() async throws -> [UInt8]? {
            try await nextChunk()
        }
    }
}

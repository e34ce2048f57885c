import Foundation
import HTTPTypes
import NIOCore
import Neosantara

/// A transport that answers every request with the same body from memory, in pieces, so that the SDK's
/// request and response path can be measured without a network.
public struct InMemoryTransport: HTTPTransport {
    let pieces: [ByteBuffer]
    let contentType: String

    /// A transport answering `200` with `pieces`, one body chunk each, as `contentType`.
    public init(pieces: [[UInt8]], contentType: String = "text/event-stream") {
        self.pieces = pieces.map { ByteBuffer(bytes: $0) }
        self.contentType = contentType
    }

    /// Answers `request` with the pieces.
    public func send(_ request: HTTPRequest, body: HTTPRequestBody?, timeouts: HTTPTransportTimeouts) async throws
        -> (HTTPResponse, HTTPResponseBody)
    {
        let head = HTTPResponse(status: .ok, headerFields: [.contentType: contentType])
        return (head, HTTPResponseBody(Pieces(pieces: pieces)))
    }

    /// The pieces as an async sequence.
    struct Pieces: AsyncSequence, Sendable {
        let pieces: [ByteBuffer]

        func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(pieces: pieces)
        }

        struct AsyncIterator: AsyncIteratorProtocol {
            let pieces: [ByteBuffer]
            var index = 0

            mutating func next() async -> ByteBuffer? {
                guard index < pieces.count else { return nil }
                defer { index += 1 }
                return pieces[index]
            }
        }
    }
}

import Foundation
import HTTPTypes
import Neosantara

/// A transport that answers every request with the same body from memory, in pieces, so that the SDK's
/// request and response path can be measured without a network.
struct InMemoryTransport: HTTPTransport {
    let pieces: [[UInt8]]
    var contentType = "text/event-stream"

    func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, HTTPResponseBody) {
        let head = HTTPResponse(status: .ok, headerFields: [.contentType: contentType])
        return (head, HTTPResponseBody(Pieces(pieces: pieces)))
    }

    /// The pieces as an async sequence.
    struct Pieces: AsyncSequence, Sendable {
        let pieces: [[UInt8]]

        func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(pieces: pieces)
        }

        struct AsyncIterator: AsyncIteratorProtocol {
            let pieces: [[UInt8]]
            var index = 0

            mutating func next() async -> [UInt8]? {
                guard index < pieces.count else { return nil }
                defer { index += 1 }
                return pieces[index]
            }
        }
    }
}

import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle

/// Turns a ``Reply`` into a Hummingbird response: waits, then writes the body as one buffer, or piece by piece
/// with ``PacedBody`` when the reply paces it or asks for a fault.
struct ReplyWriter {
    let channel: any Channel
    let log: RequestLog
    /// Where a client that goes away in the middle of a reply is recorded.
    let disconnects: DisconnectLog

    /// How long the server waits before closing a connection mid-stream when the reply has no chunk delay.
    static let closeGracePeriod = Duration.milliseconds(20)

    func response(for reply: Reply) async throws -> Response {
        if let delay = reply.delay {
            try await Self.pause(delay)
        }
        let status = reply.status
        switch reply.body {
        case .closeConnection:
            try? await channel.close()
            log.record("closed the connection before responding")
            return Response(status: status)
        case .whole(let bytes) where !reply.isPaced:
            log.record("\(status.code)")
            return Response(status: status, headers: reply.headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        case .whole(let bytes):
            return Response(status: status, headers: reply.headers, body: paced([bytes], reply))
        case .pieces(let pieces):
            return Response(status: status, headers: reply.headers, body: paced(pieces, reply))
        }
    }

    /// Waits `duration`, or less when the server shuts down, so that a long scripted delay never holds up the
    /// end of a test.
    static func pause(_ duration: Duration) async throws {
        try await cancelWhenGracefulShutdown { try await Task.sleep(for: duration) }
    }

    /// A body that writes `pieces` one by one, paced as `reply` says.
    private func paced(_ pieces: [[UInt8]], _ reply: Reply) -> ResponseBody {
        let body = PacedBody(pieces: pieces, reply: reply, channel: channel, log: log, disconnects: disconnects)
        return ResponseBody { writer in try await body.write(to: &writer) }
    }
}

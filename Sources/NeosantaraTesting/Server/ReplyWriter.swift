import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle

/// Turns a ``Reply`` into a Hummingbird response: waits, paces the pieces, and closes the connection where
/// the reply asks for a fault.
struct ReplyWriter {
    let channel: any Channel
    let log: RequestLog

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
        case .whole(let bytes) where reply.closeAfterPieces == nil:
            log.record("\(status.code)")
            return Response(status: status, headers: reply.headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        case .whole(let bytes):
            return Response(status: status, headers: reply.headers, body: streamed([bytes], reply))
        case .pieces(let pieces):
            return Response(status: status, headers: reply.headers, body: streamed(pieces, reply))
        }
    }

    /// Waits `duration`, or less when the server shuts down, so that a long scripted delay never holds up the
    /// end of a test.
    private static func pause(_ duration: Duration) async throws {
        try await cancelWhenGracefulShutdown { try await Task.sleep(for: duration) }
    }

    /// A body that writes `pieces` one by one, pausing and breaking off as `reply` says.
    private func streamed(_ pieces: [[UInt8]], _ reply: Reply) -> ResponseBody {
        let channel = channel
        let log = log
        let status = reply.status.code
        /// Closes the connection where the next piece would come: after the chunk delay, or a moment when there
        /// is none, so that the client has read the pieces before (some clients drop what they have not read
        /// when the connection closes).
        @Sendable func close(after count: Int) async throws {
            try await Self.pause(reply.chunkDelay ?? Self.closeGracePeriod)
            try? await channel.close()
            log.record("\(status), closed the connection after \(count) events")
        }
        return ResponseBody { writer in
            do {
                for (index, piece) in pieces.enumerated() {
                    if index == reply.closeAfterPieces {
                        try await close(after: index)
                        return
                    }
                    if index > 0, let delay = reply.chunkDelay {
                        try await Self.pause(delay)
                    }
                    try await writer.write(ByteBuffer(bytes: piece))
                }
                if let count = reply.closeAfterPieces, count >= pieces.count {
                    try await close(after: pieces.count)
                    return
                }
                try await writer.finish(nil)
                log.record("\(status)")
            } catch {
                log.record("\(status), stopped: \(error)")
                throw error
            }
        }
    }
}

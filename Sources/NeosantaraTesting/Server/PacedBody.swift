import Hummingbird
import NIOCore
import ServiceLifecycle

/// A body written piece by piece as a ``Reply`` asks: paced, paused, held at a gate, broken off, or kept
/// alive until the client goes away, which it records.
struct PacedBody: Sendable {
    let pieces: [[UInt8]]
    let reply: Reply
    let channel: any Channel
    let log: RequestLog
    let disconnects: DisconnectLog

    /// The comment a kept-alive stream sends: an event-stream line that carries no event.
    static let keepAliveComment: [UInt8] = Array(": keep-alive\n\n".utf8)

    /// Thrown when a write fails because the client has closed the connection.
    private struct ClientWentAway: Error {}

    func write(to writer: inout any ResponseBodyWriter) async throws {
        let status = reply.status.code
        var pausedAfterBytes = reply.pauseAfterBytes == nil
        var sent = 0
        do {
            for (index, piece) in pieces.enumerated() {
                try await waitAtGate(before: index)
                if index == reply.closeAfterPieces {
                    try await close(after: index)
                    return
                }
                if index > 0, let delay = reply.chunkDelay {
                    try await ReplyWriter.pause(delay)
                }
                var rest = piece[...]
                if !pausedAfterBytes, let (count, duration) = reply.pauseAfterBytes, sent + piece.count > count {
                    let head = count - sent
                    if head > 0 {
                        try await send(rest.prefix(head), to: &writer)
                    }
                    try await ReplyWriter.pause(duration)
                    pausedAfterBytes = true
                    rest = rest.dropFirst(head)
                }
                try await send(rest, to: &writer)
                sent += piece.count
            }
            try await waitAtGate(before: pieces.count)
            if !pausedAfterBytes, let duration = reply.pauseAfterBytes?.duration {
                try await ReplyWriter.pause(duration)
            }
            if let count = reply.closeAfterPieces, count >= pieces.count {
                try await close(after: pieces.count)
                return
            }
            if let interval = reply.keepAliveInterval {
                while true {
                    try await ReplyWriter.pause(interval)
                    try await send(Self.keepAliveComment[...], to: &writer)
                }
            }
            try await writer.finish(nil)
            log.record("\(status)")
        } catch let error as ClientWentAway {
            disconnects.record()
            log.record("\(status), the client closed the connection after \(sent) bytes")
            throw error
        } catch {
            log.record("\(status), stopped: \(error)")
            throw error
        }
    }

    /// Writes `bytes`, unless there are none.
    ///
    /// - Throws: ``ClientWentAway`` when the connection is closed.
    private func send(_ bytes: ArraySlice<UInt8>, to writer: inout any ResponseBodyWriter) async throws {
        guard !bytes.isEmpty else { return }
        do {
            try await writer.write(ByteBuffer(bytes: bytes))
        } catch let error as CancellationError {
            throw error
        } catch {
            throw ClientWentAway()
        }
    }

    /// Waits at the reply's gate when it stands before piece `index`.
    private func waitAtGate(before index: Int) async throws {
        guard let (position, gate) = reply.gate, position == index else { return }
        try await cancelWhenGracefulShutdown { try await gate.wait() }
    }

    /// Closes the connection where piece `count` would come: after the chunk delay, or a moment when there is
    /// none, so that the client has read the pieces before (some clients drop what they have not read when
    /// the connection closes).
    private func close(after count: Int) async throws {
        try await ReplyWriter.pause(reply.chunkDelay ?? ReplyWriter.closeGracePeriod)
        try? await channel.close()
        log.record("\(reply.status.code), closed the connection after \(count) events")
    }
}

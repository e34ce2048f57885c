import NIOCore
import NIOHTTP1
import NIOPosix

/// A local HTTP server that answers every request with the same precomputed event stream, one HTTP chunk
/// per event.
struct StreamServer {
    let channel: any Channel
    var port: Int { channel.localAddress?.port ?? 0 }

    static func start(events: [[UInt8]], group: any EventLoopGroup) async throws -> StreamServer {
        let buffers = events.map { ByteBuffer(bytes: $0) }
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(events: buffers))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return StreamServer(channel: channel)
    }

    func stop() async throws {
        try await channel.close()
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let events: [ByteBuffer]

        init(events: [ByteBuffer]) {
            self.events = events
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard case .end = unwrapInboundIn(data) else { return }
            let head = HTTPResponseHead(
                version: .http1_1, status: .ok,
                headers: ["content-type": "text/event-stream", "cache-control": "no-cache"])
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            for event in events {
                context.write(wrapOutboundOut(.body(.byteBuffer(event))), promise: nil)
            }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}

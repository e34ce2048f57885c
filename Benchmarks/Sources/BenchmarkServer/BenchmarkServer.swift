import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The local server every client in the benchmarks talks to: a separate process that answers from
/// precomputed bytes, so that it is never the bottleneck and no client shares a process with it.
///
/// - `POST …/chat/completions` without `"stream": true`: a 382-byte chat completion.
/// - `POST …/chat/completions` with `"stream": true`: the recorded 20-chunk stream, one HTTP chunk per event.
/// - `POST /slow/…/chat/completions` with `"stream": true`: `--slow-chunks` chunks (4 by default), one a
///   second, then `[DONE]`, for holding many streams open at once.
/// - `POST …/files` and `GET …/files/file-bytes-N/content`: the transfer benchmarks' routes (``FileTransfer``).
/// - The Responses stream and video download routes of ``ExtraRoutes`` (`--responses-fixture`).
///
/// Prints `listening on PORT` once it accepts connections; runs until killed.
@main
struct BenchmarkServer {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func value(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        let port = value("--port").flatMap(Int.init) ?? 0
        let threads = value("--threads").flatMap(Int.init) ?? 1
        let slowChunks = value("--slow-chunks").flatMap(Int.init) ?? 4
        guard let fixture = value("--stream-fixture") else {
            FileHandle.standardError.write(Data("usage: BenchmarkServer --stream-fixture stream-20.sse\n".utf8))
            exit(2)
        }
        let stream = try Data(contentsOf: URL(fileURLWithPath: fixture))
        let responses = Responses(stream: Array(stream), slowChunks: slowChunks)
        let extraRoutes = try ExtraRoutes(responsesFixture: value("--responses-fixture"))

        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(.backlog, value: 4096)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(Handler(responses: responses, extraRoutes: extraRoutes))
                }
            }
            .bind(host: "127.0.0.1", port: port).get()
        FileHandle.standardOutput.write(Data("listening on \(channel.localAddress?.port ?? 0)\n".utf8))
        try await channel.closeFuture.get()
    }
}

/// The precomputed response bodies.
struct Responses: Sendable {
    /// The 382-byte chat completion.
    let completion: ByteBuffer
    /// The recorded stream's events, each with its blank line.
    let events: [ByteBuffer]
    /// The chunks of a slow stream, then `[DONE]`.
    let slowEvents: [ByteBuffer]

    init(stream: [UInt8], slowChunks: Int) {
        completion = ByteBuffer(bytes: Self.completion(size: 382))
        let text = String(decoding: stream, as: UTF8.self)
        let events = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { $0 + "\n\n" }
        self.events = events.map { ByteBuffer(string: $0) }
        let content = events[1]
        slowEvents =
            Array(repeating: ByteBuffer(string: content), count: slowChunks) + [ByteBuffer(string: events.last!)]
    }

    /// A chat completion of exactly `size` bytes, its content padded to fit.
    static func completion(size: Int) -> [UInt8] {
        func json(_ content: String) -> String {
            #"{"id":"chatcmpl-7f3a9c2e41b84d0e","object":"chat.completion","created":1750400000,"#
                + #""model":"nusantara-base","system_fingerprint":"fp_nsb_2025_06","choices":[{"index":0,"#
                + #""message":{"role":"assistant","content":"\#(content)"},"logprobs":null,"finish_reason":"stop"}],"#
                + #""usage":{"prompt_tokens":12,"completion_tokens":19,"total_tokens":31}}"#
        }
        let base = "Jakarta adalah ibu kota Indonesia."
        let padding = max(0, size - json(base).utf8.count)
        let sentence = " Kota ini terletak di pulau Jawa dan berpenduduk lebih dari sepuluh juta jiwa."
        let extra = String(String(repeating: sentence, count: padding / sentence.count + 1).prefix(padding))
        return Array(json(base + extra).utf8)
    }
}

private final class Handler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let responses: Responses
    let extraRoutes: ExtraRoutes
    private var path = ""
    private var keepAlive = true
    private var body: [UInt8] = []
    /// Bytes of the upload being discarded, or `nil` when the request is not an upload.
    private var uploaded: Int?
    /// Bytes of the download still to send, while one is waiting for the socket.
    private var downloadRemaining = 0

    init(responses: Responses, extraRoutes: ExtraRoutes) {
        self.responses = responses
        self.extraRoutes = extraRoutes
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            path = head.uri
            keepAlive = head.isKeepAlive
            body.removeAll(keepingCapacity: true)
            uploaded = FileTransfer.isUpload(method: head.method.rawValue, path: path) ? 0 : nil
            if let size = FileTransfer.downloadSize(method: head.method.rawValue, path: path) {
                startDownload(size: size, context: context)
            }
        case .body(var buffer):
            if let count = uploaded {
                uploaded = count + buffer.readableBytes
            } else {
                body += buffer.readBytes(length: buffer.readableBytes) ?? []
            }
        case .end:
            if let count = uploaded {
                respondJSON(FileTransfer.fileObject(bytes: count), context: context)
            } else if FileTransfer.downloadSize(method: "GET", path: path) == nil {
                respond(context: context)
            }
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { sendDownload(context: context) }
        context.fireChannelWritabilityChanged()
    }

    private func startDownload(size: Int, context: ChannelHandlerContext) {
        let headers: HTTPHeaders = [
            "content-type": "application/octet-stream", "content-length": "\(size)", "x-request-id": "req_benchmark",
        ]
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
        downloadRemaining = size
        sendDownload(context: context)
    }

    /// Sends chunks of the download while the socket accepts them; the rest when it is writable again.
    private func sendDownload(context: ChannelHandlerContext) {
        guard downloadRemaining > 0 else { return }
        while downloadRemaining > 0 && context.channel.isWritable {
            let size = min(downloadRemaining, FileTransfer.chunk.readableBytes)
            downloadRemaining -= size
            context.write(
                wrapOutboundOut(.body(.byteBuffer(FileTransfer.chunk.getSlice(at: 0, length: size)!))), promise: nil)
            if downloadRemaining == 0 {
                context.write(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
        context.flush()
    }

    private func respondJSON(_ body: ByteBuffer, context: ChannelHandlerContext) {
        var headers: HTTPHeaders = [
            "content-type": "application/json", "content-length": "\(body.readableBytes)",
            "x-request-id": "req_benchmark",
        ]
        if !keepAlive { headers.add(name: "connection", value: "close") }
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    private func respond(context: ChannelHandlerContext) {
        let streaming = Self.asksForStream(body)
        if extraRoutes.respond(path: path, streaming: streaming, context: context) { return }
        guard streaming else {
            respondJSON(responses.completion, context: context)
            return
        }
        let head = HTTPResponseHead(
            version: .http1_1, status: .ok,
            headers: [
                "content-type": "text/event-stream", "cache-control": "no-cache", "x-request-id": "req_benchmark",
            ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        guard path.hasPrefix("/slow/") else {
            for event in responses.events {
                context.write(wrapOutboundOut(.body(.byteBuffer(event))), promise: nil)
            }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        context.flush()
        sendSlowly(responses.slowEvents[...], context: context)
    }

    /// Sends one event a second: the first at once, `[DONE]` with the last.
    private func sendSlowly(_ events: ArraySlice<ByteBuffer>, context: ChannelHandlerContext) {
        guard let event = events.first else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(event))), promise: nil)
        let rest = events.dropFirst()
        if rest.count == 1 {
            context.write(wrapOutboundOut(.body(.byteBuffer(rest.first!))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(in: .seconds(1)) {
            let (handler, context) = loopBound.value
            handler.sendSlowly(rest, context: context)
        }
    }

    /// Whether a JSON request body has `"stream": true`, with or without the space.
    static func asksForStream(_ body: [UInt8]) -> Bool {
        let text = String(decoding: body, as: UTF8.self)
        return text.contains("\"stream\":true") || text.contains("\"stream\": true")
    }
}

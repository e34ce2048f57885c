import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Neosantara
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle

/// A request the stub server received.
struct RecordedRequest: Sendable {
    var method: String
    var path: String
    var headers: HTTPFields
    var body: Data

    /// The body decoded as JSON.
    var json: JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: body) }

    func header(_ name: String) -> String? { headers[HTTPField.Name(name)!] }
}

/// What the stub server answers.
struct StubReply: Sendable {
    var status: Int = 200
    var headers: [(String, String)] = [("Content-Type", "application/json")]
    var body: Data = Data()
    var delay: Duration?
    /// Closes the connection instead of answering.
    var dropsConnection = false
    /// Sends the first `afterBytes` bytes of the body, pauses, then sends the rest.
    var stall: (afterBytes: Int, pause: Duration)?

    /// A reply that closes the connection without sending anything.
    static let dropConnection = StubReply(dropsConnection: true)

    static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> StubReply {
        StubReply(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }

    static func raw(_ text: String, status: Int, contentType: String) -> StubReply {
        StubReply(status: status, headers: [("Content-Type", contentType)], body: Data(text.utf8))
    }
}

/// A real HTTP server on 127.0.0.1 and a port the system chooses, answering with a handler and
/// recording every request.
final class StubServer: Sendable {
    typealias Handler = @Sendable (RecordedRequest) async throws -> StubReply

    private let recorded = NIOLockedValueBox<[RecordedRequest]>([])
    private let handler: Handler

    private init(handler: @escaping Handler) {
        self.handler = handler
    }

    /// Every request received so far.
    var requests: [RecordedRequest] { recorded.withLockedValue { $0 } }

    /// Runs `body` with a server that answers with `handler`, and stops the server afterwards.
    static func withServer<Result: Sendable>(
        handler: @escaping Handler,
        _ body: (_ baseURL: URL, _ server: StubServer) async throws -> Result
    ) async throws -> Result {
        let server = StubServer(handler: handler)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let responder = CallbackResponder { (request: Request, context: StubRequestContext) in
            try await server.respond(to: request, channel: context.channel)
        }
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: Logger(label: "stub", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let group = ServiceGroup(
            configuration: .init(
                services: [app], logger: Logger(label: "stub", factory: { _ in SwiftLogNoOpLogHandler() })))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next() ?? 0
            let baseURL = URL(string: "http://127.0.0.1:\(port)/v1")!
            do {
                let result = try await body(baseURL, server)
                await group.triggerGracefulShutdown()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
        }
    }

    private func respond(to request: Request, channel: any Channel) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 64 * 1024 * 1024)
        let recordedRequest = RecordedRequest(
            method: request.method.rawValue, path: request.uri.description, headers: request.headers,
            body: Data(buffer.readableBytesView))
        recorded.withLockedValue { $0.append(recordedRequest) }
        let reply = try await handler(recordedRequest)
        if let delay = reply.delay {
            try await Task.sleep(for: delay)
        }
        if reply.dropsConnection {
            try await channel.close()
        }
        var headers = HTTPFields()
        for (name, value) in reply.headers {
            headers.append(HTTPField(name: HTTPField.Name(name)!, value: value))
        }
        if let (sent, pause) = reply.stall {
            let (first, rest) = (
                ByteBuffer(bytes: reply.body.prefix(sent)), ByteBuffer(bytes: reply.body.dropFirst(sent))
            )
            return Response(
                status: .init(code: reply.status), headers: headers,
                body: ResponseBody { writer in
                    try await writer.write(first)
                    try await Task.sleep(for: pause)
                    try await writer.write(rest)
                    try await writer.finish(nil)
                })
        }
        return Response(
            status: .init(code: reply.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }
}

/// A request context that keeps the connection, so that a reply can close it.
struct StubRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

import Dispatch
import Foundation
import HTTPTypes
import NIOCore

@testable import Neosantara
@testable import NeosantaraTesting

extension FuzzTarget {
    /// The test server's request handling, in process (route matching and the default behavior of every route,
    /// without sockets): a request of any method, path, query, headers and body gets an answer, never a crash or
    /// a hang (libFuzzer's `-timeout`), never a 5xx, and every error answer is a JSON object with an `error`
    /// object holding a `message`. One server answers the whole run, so an input may meet the files, batches and
    /// responses earlier inputs created.
    ///
    /// Input: the route (or a fuzzed path), its `{id}`, whether to use another method, the query, up to four
    /// headers, then the body.
    static let testServer = FuzzTarget(name: "TestServer") { bytes in
        var input = FuzzInput(bytes)
        let routes = NeosantaraTestServer.Route.all
        let choice = input.number(below: routes.count + 1)
        var path = choice < routes.count ? routes[choice].path : "/" + input.string()
        path = path.replacingOccurrences(of: "{id}", with: input.string())
        var method = choice < routes.count ? routes[choice].method : .post
        if input.bool() {
            method = input.pick([.get, .post, .delete, .put, .patch, .head, .options])
        }
        let query = "?" + input.string()
        var headers = HTTPFields()
        for _ in 0..<input.number(below: 5) {
            let names = ["content-type", "authorization", "x-api-key", "anthropic-version", "accept", "x-request-id"]
            let name = input.bool() ? input.pick(names) : input.string()
            if let name = HTTPField.Name(name) {
                headers.append(HTTPField(name: name, value: input.string()))
            }
        }
        if input.bool() {
            headers[.contentType] = input.pick(["application/json", "multipart/form-data; boundary=b", "text/plain"])
        }
        let body = Data(input.rest())
        let reply = answer(
            method: method, path: path, target: path + query, query: queryItems(query), headers: headers, body: body)
        let description = "\(method) \(path)\(query) \(headers) \(String(decoding: body, as: UTF8.self))"
        require(reply.status.code < 500, "\(reply.status) for \(description)")
        guard reply.status.code >= 400 else { return }
        guard case .whole(let replyBody) = reply.body else {
            require(false, "an error answer without a body for \(description)")
            return
        }
        let error = (try? JSONDecoder().decode(JSONValue.self, from: Data(replyBody)))?["error"]
        require(
            error?["message"]?.stringValue != nil,
            "\(reply.status) with \(String(decoding: replyBody, as: UTF8.self)) for \(description)")
    }

    /// The query items as the server reads them.
    private static func queryItems(_ query: String) -> [String: String] {
        let items = URLComponents(string: query)?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
    }

    /// The server whose behavior answers: one for the whole run, listening on 127.0.0.1 (the media routes write
    /// its URL into their replies), with a small file store so that the files the inputs upload stay few.
    private static let server: NeosantaraTestServer = {
        let server = NeosantaraTestServer(configuration: .init(maximumStoredFileBytes: 1 << 20))
        Task { try await server.run() }
        _ = wait { try? await server.waitUntilListening() }
        return server
    }()

    /// The server's answer to one request, as `TestServerResponder` gives it for a request it has read.
    private static func answer(
        method: HTTPRequest.Method, path: String, target: String, query: [String: String], headers: HTTPFields,
        body: Data
    ) -> Reply {
        let match = NeosantaraTestServer.Route.match(method, path: path)
        let request = RecordedRequest(
            method: method, path: path, target: target, query: query, headers: headers, body: body,
            route: match?.route)
        let context = ReplyContext(requestID: "req_fuzz", sequence: 1, now: Date(timeIntervalSince1970: 1_700_000_000))
        let reply: Reply
        switch match {
        case nil:
            reply = APIErrorReply.unknownPath(method, path)
        case .wrongMethod(let allowed):
            reply = APIErrorReply.methodNotAllowed(method, path, allowed: allowed.map(\.method))
        case .route(let route, let parameter):
            reply = wait {
                await TestServerResponder(server: server).reply(
                    to: request, route, parameter: parameter, context: context)
            }
        }
        return path.hasPrefix("/anthropic/") ? AnthropicErrorReply.converting(reply) : reply
    }

    /// The value of `work`, run as a task while this thread waits.
    private static func wait<Value: Sendable>(_ work: @escaping @Sendable () async -> Value) -> Value {
        let box = Box<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    /// A value handed from a task to the thread that waits for it, guarded by the semaphore.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
    }
}

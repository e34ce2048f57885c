import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Middleware around real calls over loopback.
@Suite("Middleware")
struct MiddlewareTests {
    /// What middleware saw, in order, shared by every middleware of a test.
    final class Journal: Sendable {
        private let recorded = NIOLockedValueBox<[String]>([])

        var events: [String] { recorded.withLockedValue { $0 } }

        func record(_ event: String) {
            recorded.withLockedValue { $0.append(event) }
        }
    }

    /// A middleware that writes each hook it runs, with its name and attempt, to a journal.
    struct Recording: NeosantaraMiddleware {
        let name: String
        let journal: Journal

        func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws {
            journal.record("\(name) willSend #\(context.attempt)")
        }

        func didReceive(_ response: HTTPResponse, context: MiddlewareContext) async {
            journal.record("\(name) didReceive #\(context.attempt) \(response.status.code)")
        }

        func didFail(_ error: NeosantaraError, context: MiddlewareContext) async {
            journal.record("\(name) didFail #\(context.attempt) \(error.kind) \(error.status.map(String.init) ?? "-")")
        }
    }

    /// A middleware that signs each request with a header computed from its body, as a proxy might ask.
    struct Signing: NeosantaraMiddleware {
        func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws {
            request.headerFields[HTTPField.Name("X-Proxy-Signature")!] =
                "len=\(body?.count ?? 0);id=\(context.requestID);attempt=\(context.attempt)"
        }
    }

    /// A middleware that keeps the context and response it was given.
    final class Inspecting: NeosantaraMiddleware {
        private let seen = NIOLockedValueBox<(contexts: [MiddlewareContext], responses: [HTTPResponse])>(([], []))

        var contexts: [MiddlewareContext] { seen.withLockedValue { $0.contexts } }
        var responses: [HTTPResponse] { seen.withLockedValue { $0.responses } }

        func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws {
            seen.withLockedValue { $0.contexts.append(context) }
        }

        func didReceive(_ response: HTTPResponse, context: MiddlewareContext) async {
            seen.withLockedValue { $0.responses.append(response) }
        }
    }

    struct Refusal: Error, CustomStringConvertible {
        var description: String { "no signing key" }
    }

    /// A middleware whose `willSend` always throws.
    struct Refusing: NeosantaraMiddleware {
        func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws {
            throw Refusal()
        }
    }

    static func client(
        _ baseURL: URL, middleware: [any NeosantaraMiddleware], retry: RetryPolicy = .disabled
    ) -> NeosantaraClient {
        var configuration = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: baseURL, retry: retry)
        configuration.sleep = SleepRecorder().sleep
        configuration.middleware = middleware
        return NeosantaraClient(configuration: configuration)
    }

    @Test("A header a middleware adds before the request is what the server receives, on every attempt")
    func headerReachesServer() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([RetryTests.failure(502), RetryTests.success], for: .chatCompletions)
            let client = Self.client(server.baseURL, middleware: [Signing()], retry: .default)
            let reply = try await client.chat.completions.create(model: "m", messages: [.user("hi")])
            let length = try #require(server.requests.first?.body.count)
            #expect(
                server.requests.map { $0.header("X-Proxy-Signature") } == [
                    "len=\(length);id=\(reply.requestID);attempt=1", "len=\(length);id=\(reply.requestID);attempt=2",
                ])
        }
    }

    @Test("Middleware runs in order before the request and in reverse order after it")
    func order() async throws {
        let journal = Journal()
        let middleware = [Recording(name: "A", journal: journal), Recording(name: "B", journal: journal)]
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(#"{"id":"m","object":"model","created":1,"owned_by":"x"}"#), for: .retrieveModel)
            _ = try await Self.client(server.baseURL, middleware: middleware).models.retrieve("m")
        }
        #expect(journal.events == ["A willSend #1", "B willSend #1", "B didReceive #1 200", "A didReceive #1 200"])
    }

    @Test("A retried call runs the middleware once per attempt: a failure, then a success")
    func perAttempt() async throws {
        let journal = Journal()
        let middleware = [Recording(name: "A", journal: journal), Recording(name: "B", journal: journal)]
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([RetryTests.failure(503), RetryTests.success], for: .chatCompletions)
            _ = try await Self.client(server.baseURL, middleware: middleware, retry: .default).chat.completions.create(
                model: "m", messages: [.user("hi")])
        }
        #expect(
            journal.events == [
                "A willSend #1", "B willSend #1", "B didFail #1 serverError 503", "A didFail #1 serverError 503",
                "A willSend #2", "B willSend #2", "B didReceive #2 200", "A didReceive #2 200",
            ])
    }

    @Test("After a response, middleware sees its status and headers, and the call's context")
    func afterResponse() async throws {
        let inspecting = Inspecting()
        let reply = ScriptedReply.rawJSON(completionJSON, headers: [HTTPField.Name("X-Neosantara-Billed-IDR")!: "12.5"])
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(reply, for: .chatCompletions)
            _ = try await Self.client(server.baseURL, middleware: [inspecting]).chat.completions.create(
                model: "nusantara-base", messages: [.user("hi")], options: RequestOptions(requestID: "order-7"))
        }
        try #require(inspecting.responses.count == 1)
        #expect(inspecting.responses[0].status.code == 200)
        #expect(inspecting.responses[0].headerFields[HTTPField.Name("X-Neosantara-Billed-IDR")!] == "12.5")
        let context = try #require(inspecting.contexts.first)
        #expect(context.operation == "chat")
        #expect(context.model == "nusantara-base")
        #expect(context.requestID == "order-7")
        #expect(context.attempt == 1)
    }

    @Test("On an error, middleware sees the error the call throws: kind, status, body and attempts")
    func onError() async throws {
        let journal = Journal()
        let failures = NIOLockedValueBox<[NeosantaraError]>([])
        struct Capturing: NeosantaraMiddleware {
            let failures: NIOLockedValueBox<[NeosantaraError]>
            func didFail(_ error: NeosantaraError, context: MiddlewareContext) async {
                failures.withLockedValue { $0.append(error) }
            }
        }
        let reply = RetryTests.failure(429, "slow down", headers: [.retryAfter: "0"])
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(reply, for: .chatCompletions)
            let client = Self.client(
                server.baseURL, middleware: [Capturing(failures: failures), Recording(name: "A", journal: journal)])
            let thrown = try #require(
                await expectError { try await client.chat.completions.create(model: "m", messages: [.user("hi")]) })
            let seen = failures.withLockedValue { $0 }
            try #require(seen.count == 1)
            #expect(seen[0].kind == .rateLimited)
            #expect(seen[0].status == 429)
            #expect(seen[0].apiError?.message == "slow down")
            #expect(seen[0].attempts == 1)
            #expect(seen[0].description == thrown.description)
        }
        #expect(journal.events == ["A willSend #1", "A didFail #1 rateLimited 429"])
    }

    @Test("A connection error reaches the middleware too")
    func connectionError() async throws {
        let journal = Journal()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.closeConnection, for: .listModels)
            let client = Self.client(server.baseURL, middleware: [Recording(name: "A", journal: journal)])
            _ = await expectError { try await client.models.list() }
        }
        #expect(journal.events == ["A willSend #1", "A didFail #1 connection -"])
    }

    @Test("Per-request middleware runs inside the configuration's, for that call only")
    func perRequest() async throws {
        let journal = Journal()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([RetryTests.success, RetryTests.success], for: .chatCompletions)
            let client = Self.client(server.baseURL, middleware: [Recording(name: "client", journal: journal)])
            _ = try await client.chat.completions.create(
                model: "m", messages: [.user("hi")],
                options: RequestOptions(middleware: [Recording(name: "call", journal: journal), Signing()]))
            _ = try await client.chat.completions.create(model: "m", messages: [.user("hi")])
            #expect(server.requests.map { $0.header("X-Proxy-Signature") != nil } == [true, false])
        }
        #expect(
            journal.events == [
                "client willSend #1", "call willSend #1", "call didReceive #1 200", "client didReceive #1 200",
                "client willSend #1", "client didReceive #1 200",
            ])
    }

    @Test("A middleware that throws before the request stops the call: nothing is sent, and it is not retried")
    func throwingMiddleware() async throws {
        let journal = Journal()
        try await NeosantaraTestServer.withServer { server in
            let client = Self.client(
                server.baseURL, middleware: [Recording(name: "A", journal: journal), Refusing()], retry: .default)
            let error = try #require(
                await expectError { try await client.chat.completions.create(model: "m", messages: [.user("hi")]) })
            #expect(error.kind == .middleware)
            #expect(error.underlying is Refusal)
            #expect(error.description.contains("Refusing failed before the request was sent: no signing key"))
            #expect(error.attempts == 1)
            #expect(server.requests.isEmpty)
        }
        #expect(journal.events == ["A willSend #1", "A didFail #1 middleware -"])
    }
}

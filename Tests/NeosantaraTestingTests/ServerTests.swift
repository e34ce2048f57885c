import Foundation
import HTTPTypes
import Logging
import NIOConcurrencyHelpers
import Neosantara
import NeosantaraTesting
import Testing

@Suite("The server itself")
struct ServerTests {
    @Test("listens on 127.0.0.1 and a port the system picks, below /v1")
    func baseURL() async throws {
        try await NeosantaraTestServer.withServer { server in
            #expect(server.baseURL.scheme == "http")
            #expect(server.baseURL.host == "127.0.0.1")
            #expect((server.baseURL.port ?? 0) > 0)
            #expect(server.baseURL.path == "/v1")
            let url = try await server.waitUntilListening()
            #expect(url == server.baseURL)
        }
    }

    @Test("runs side by side on different ports")
    func twoServers() async throws {
        try await NeosantaraTestServer.withServer { first in
            try await NeosantaraTestServer.withServer { second in
                #expect(first.baseURL != second.baseURL)
                _ = try await makeClient(second).models.list()
                #expect(first.requests.isEmpty)
                #expect(second.requests.count == 1)
            }
        }
    }

    @Test("runs as a service until cancelled, and reports a port in use")
    func runAndCancel() async throws {
        let server = NeosantaraTestServer()
        let task = Task { try await server.run() }
        let url = try await server.waitUntilListening()
        let models = try await NeosantaraClient(apiKey: testAPIKey, baseURL: url).models.list()
        #expect(!models.data.isEmpty)

        let taken = NeosantaraTestServer(configuration: .init(port: url.port!))
        await #expect(throws: (any Error).self) { try await taken.run() }
        await #expect(throws: (any Error).self) { try await taken.waitUntilListening() }

        task.cancel()
        _ = await task.result
    }

    @Test("answers an unknown path with a 404 and a wrong method with a 405, with the API's error body")
    func unknownRoutes() async throws {
        try await NeosantaraTestServer.withServer { server in
            let unknown = try await send(server, .post, "/v1/no/such/operation", body: "{}")
            #expect(unknown.head.status == .notFound)
            #expect(unknown.json?["error"]?["message"] == "Unknown endpoint: POST /v1/no/such/operation.")
            let wrongMethod = try await send(server, .get, "/v1/chat/completions")
            #expect(wrongMethod.head.status == .methodNotAllowed)
            #expect(wrongMethod.head.headerFields[.allow] == "POST")
            #expect(server.requests.map(\.route) == [nil, nil])
        }
    }

    @Test("stops at the end of the test without waiting for a long scripted delay")
    func stopsDuringDelay() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.standard.delayed(by: .seconds(60)), for: .chatCompletions)
            let error = await expectError {
                try await makeClient(server, timeout: .milliseconds(100)).chat.completions.create(
                    model: "m", messages: [.user("a")])
            }
            #expect(error?.kind == .timeout)
        }
        #expect(clock.now - start < .seconds(30), "well short of the 60 s delay, however busy the machine")
    }

    @Test("records the request target as sent: percent-encoding and query order kept")
    func target() async throws {
        try await NeosantaraTestServer.withServer { server in
            _ = try await send(server, .get, "/v1/models?provider=google&capability=function_calling")
            _ = try await send(server, .get, "/v1/models/deepseek%2Fr1")
            #expect(
                server.requests.map(\.target) == [
                    "/v1/models?provider=google&capability=function_calling", "/v1/models/deepseek%2Fr1",
                ])
            #expect(server.requests.map(\.path) == ["/v1/models", "/v1/models/deepseek%2Fr1"])
            #expect(server.requests[0].query == ["provider": "google", "capability": "function_calling"])
        }
    }

    @Test("forgets the requests it recorded")
    func removeAllRequests() async throws {
        try await NeosantaraTestServer.withServer { server in
            _ = try await makeClient(server).models.list()
            server.removeAllRequests()
            #expect(server.requests.isEmpty)
        }
    }

    @Test("logs one line per request without the key")
    func logging() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        let logger = Logger(label: "test") { _ in LineCollector(lines: lines) }
        try await NeosantaraTestServer.withServer(configuration: .init(logger: logger)) { server in
            let client = makeClient(server)
            _ = try await client.chat.completions.create(model: "m", messages: [.user("a")])
            _ = await expectError { try await client.models.retrieve("nope") }
            _ = try await send(server, .post, "/v1/chat/completions", body: chatBody("a", #""stream":true"#))
        }
        let requestLines = lines.withLockedValue { $0 }.filter { $0.contains(" /v1/") }
        #expect(requestLines.count == 3)
        #expect(requestLines[0].hasPrefix("POST /v1/chat/completions 200 "))
        #expect(requestLines[0].hasSuffix(" ms"))
        #expect(requestLines[1].hasPrefix("GET /v1/models/nope 404 "))
        #expect(requestLines[2].hasPrefix("POST /v1/chat/completions 200 "))
        #expect(lines.withLockedValue { $0 }.allSatisfy { !$0.contains(testAPIKey) })
    }
}

/// A log handler that keeps each message.
private struct LineCollector: LogHandler {
    let lines: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.withLockedValue { $0.append(event.message.description) }
    }
}

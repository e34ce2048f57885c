import Foundation
@testable import NeosantaraTesting
import Testing

@testable import Neosantara

/// Streamed Messages: typed events, a final message equal to the plain call's, and the guarantees of every
/// stream.
@Suite("Messages streaming")
struct MessagesStreamingTests {
    static func fixtureStream() throws -> [UInt8] {
        Array(try Fixtures.data("messages/tool_use.sse"))
    }

    static func fixtureMessage() throws -> Message {
        try JSONDecoder().decode(Message.self, from: Fixtures.data("messages/tool_use.response.json"))
    }

    static let request = MessagesRequest(model: "m", maxTokens: 100, messages: [.user("hi")])

    @Test("The test server's stream has the full event sequence, pings included, and adds up to the plain message")
    func defaultStream() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var request = Self.request
            request.thinking = .enabled(budgetTokens: 1024)
            let stream = try await client.anthropic.messages.stream(request)
            var types: [String] = []
            var text = ""
            for try await event in stream {
                types.append(event.type)
                text += event.textDelta ?? ""
            }
            #expect(types.first == "message_start")
            #expect(types.last == "message_stop")
            #expect(types.filter { $0 == "ping" }.count == 2)
            #expect(types.filter { $0 == "content_block_start" }.count == 2)
            #expect(text == "Echo: hi")
            var streamed = try await stream.finalMessage().value
            var plain = try await client.anthropic.messages.create(request).value
            #expect(streamed.id != plain.id)
            (streamed.id, plain.id) = (nil, nil)
            streamed.content[0] = plain.content[0]  // the signatures name the request
            #expect(streamed == plain)
            let body = try JSONDecoder().decode(JSONValue.self, from: try #require(server.requests.first).body)
            #expect(body["stream"] == true)
        }
    }

    @Test("Tool inputs are joined from their JSON deltas, as the plain call returns them")
    func toolStream() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var request = Self.request
            request.tools = [MessagesTests.weatherTool]
            let streamed = try await client.anthropic.messages.stream(request).finalMessage().value
            let plain = try await client.anthropic.messages.create(request).value
            #expect(streamed.toolUses.map(\.input) == plain.toolUses.map(\.input))
            #expect(streamed.toolUses.first?.input["city"] != nil)
            #expect(streamed.stopReason == .toolUse)
        }
    }

    @Test("A recorded stream split into single bytes adds up to its message")
    func bytewise() async throws {
        let body = try Self.fixtureStream()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: body.map { [$0] }), for: .anthropicMessages)
            let stream = try await makeClient(server.baseURL).anthropic.messages.stream(Self.request)
            #expect(try await stream.finalMessage().value == Self.fixtureMessage())
        }
    }

    @Test("A recorded stream split at every byte offset adds up to the same message")
    func everyOffset() async throws {
        let body = try Self.fixtureStream()
        let expected = try Self.fixtureMessage()
        // Pieces of `width` bytes, the first `phase` bytes long: across the phases, every offset of the body is
        // a split point of one request, in a few dozen requests rather than one per offset.
        let width = 48
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var failures: [Int] = []
            for phase in 0..<width {
                let starts = [0] + Array(stride(from: phase == 0 ? width : phase, to: body.count, by: width))
                let pieces = zip(starts, starts.dropFirst() + [body.count]).map { Array(body[$0..<$1]) }
                server.enqueue(.rawStream(bytes: pieces), for: .anthropicMessages)
                let message = try await client.anthropic.messages.stream(Self.request).finalMessage().value
                if message != expected {
                    failures.append(phase)
                }
            }
            #expect(failures.isEmpty, "the splits of phases \(failures) changed the message")
        }
    }

    @Test("A stream that ends before message_stop is an error, with what arrived kept")
    func cutShort() async throws {
        let body = try Self.fixtureStream()
        let text = String(decoding: body, as: UTF8.self)
        let cut = try #require(text.range(of: "event: message_delta"))
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream([String(text[..<cut.lowerBound])]), for: .anthropicMessages)
            let stream = try await makeClient(server.baseURL).anthropic.messages.stream(Self.request)
            let error = await expectError { try await stream.finalMessage() }
            #expect(error?.kind == .incompleteStream)
            #expect(error?.message.contains("message_stop") == true)
            #expect(stream.currentMessage.toolUses.first?.input == ["city": "Bandung", "unit": "c"])
        }
    }

    @Test("An error event throws streamError with the server's error")
    func errorEvent() async throws {
        try await NeosantaraTestServer.withServer { server in
            let start = Message(
                id: "msg_1", content: [], model: "m", stopReason: nil, usage: .init(inputTokens: 1, outputTokens: 1))
            server.enqueue(
                .messageEvents([.messageStart(start), .ping], error: ("overloaded_error", "Overloaded")),
                for: .anthropicMessages)
            let stream = try await makeClient(server.baseURL).anthropic.messages.stream(Self.request)
            var events: [MessageStreamEvent] = []
            let error = await expectError {
                for try await event in stream {
                    events.append(event)
                }
            }
            #expect(events == [.messageStart(start), .ping])
            #expect(error?.kind == .streamError)
            #expect(error?.apiError?.type?.rawValue == "overloaded_error")
            #expect(error?.message.contains("Overloaded") == true)
        }
    }

    @Test("Cancelling the reading task closes the connection at once")
    func cancellation() async throws {
        try await NeosantaraTestServer.withServer { server in
            let start = Message(
                id: "msg_1", content: [], model: "m", stopReason: nil, usage: .init(inputTokens: 1, outputTokens: 1))
            server.enqueue(
                .messageEvents([.messageStart(start)]).keepingAlive(every: .milliseconds(10)), for: .anthropicMessages)
            let received = ReplyGate()
            let client = makeClient(server.baseURL)
            let task = Task {
                for try await _ in try await client.anthropic.messages.stream(Self.request) {
                    received.open()
                }
            }
            // Generous bounds: only a machine too busy to run the test can reach them.
            #expect((try? await withTimeout(.seconds(20)) { try await received.wait() }) != nil)
            task.cancel()
            #expect(await server.waitForClientDisconnects(timeout: .seconds(10)))
            let result = try await withTimeout(.seconds(10)) { await task.result }
            guard case .failure(let error) = result else {
                Issue.record("the task ended without an error after it was cancelled")
                return
            }
            #expect((error as? NeosantaraError)?.kind == .cancelled)
        }
    }
}

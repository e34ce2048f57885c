import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import NIOCore
import Testing

@testable import Neosantara
@testable import NeosantaraTesting

/// How a stream behaves over time over a real socket: incremental delivery, cancellation, back-pressure.
@Suite("Streaming: delivery, cancellation and back-pressure")
struct StreamingLifecycleTests {
    @Test("Each chunk reaches the caller when its bytes arrive, before the server sends the next")
    func incrementalDelivery() async throws {
        let secondMaySend = ReplyGate()
        defer { secondMaySend.open() }
        let events = [
            StreamingTests.event(StreamingTests.chunkJSON(content: "Satu")),
            StreamingTests.event(StreamingTests.chunkJSON(content: " dua", finish: "stop")) + "data: [DONE]\n\n",
        ]
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(events).pausing(afterEvents: 1, until: secondMaySend), for: .chatCompletions)
            let baseURL = server.baseURL
            try await withTimeout {
                let stream = try await makeClient(baseURL).chat.completions.stream(model: "m", messages: [.user("hi")])
                var iterator = stream.makeAsyncIterator()
                let first = try await iterator.next()
                #expect(first?.choices.first?.delta.content == "Satu")
                #expect(!secondMaySend.isOpen)
                secondMaySend.open()
                let second = try await iterator.next()
                #expect(second?.choices.first?.delta.content == " dua")
                #expect(try await iterator.next() == nil)
            }
        }
    }

    @Test("Cancelling the reading task closes the connection at once and ends the task")
    func cancellation() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(StreamingTests.firstChunkThenKeepAlives, for: .chatCompletions)
            let received = ReplyGate()
            let client = makeClient(server.baseURL)
            let task = Task {
                let stream = try await client.chat.completions.stream(model: "m", messages: [.user("hi")])
                for try await _ in stream {
                    received.open()
                }
            }
            #expect((try? await withTimeout(.seconds(20)) { try await received.wait() }) != nil)
            let cancelled = ContinuousClock.now
            task.cancel()
            #expect(await server.waitForClientDisconnects(timeout: .seconds(10)))
            // The server would keep the stream open for ever: ending within seconds is ending at once.
            let result = try await withTimeout(.seconds(10)) { await task.result }
            #expect(ContinuousClock.now - cancelled < .seconds(5))
            guard case .failure(let error) = result else {
                Issue.record("the task ended without an error after it was cancelled")
                return
            }
            #expect((error as? NeosantaraError)?.kind == .cancelled)
        }
    }

    @Test("Leaving the loop early closes the connection; what arrived stays readable")
    func breakClosesConnection() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(StreamingTests.firstChunkThenKeepAlives, for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            for try await _ in stream {
                break
            }
            #expect(await server.waitForClientDisconnects(timeout: .seconds(10)))
            #expect(stream.currentResponse.choices.first?.message.content == "Satu")
            let error = await expectError { try await stream.finalResponse() }
            #expect(error?.kind == .cancelled)
            #expect(error?.message.contains("ended early") == true)
        }
    }

    @Test("A stream dropped unread closes its connection")
    func droppedUnread() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(StreamingTests.firstChunkThenKeepAlives, for: .chatCompletions)
            do {
                let stream = try await makeClient(server.baseURL).chat.completions.stream(
                    model: "m", messages: [.user("hi")])
                #expect(stream.status == 200)
            }
            #expect(await server.waitForClientDisconnects(timeout: .seconds(10)))
        }
    }

    @Test("finalResponse reads the whole stream without a loop, and returns the same again")
    func finalResponseAlone() async throws {
        let body = try StreamingFixtures.stream("unicode")
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: StreamingTests.pieces(body, size: 1)), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            let final = try await stream.finalResponse()
            #expect(final.choices.first?.message.content?.hasSuffix("東京 → Jakarta ✈️") == true)
            #expect(try await stream.finalResponse() == final)
            #expect(stream.currentResponse == final.value)
            var iterator = stream.makeAsyncIterator()
            #expect(try await iterator.next() == nil)
        }
    }

    @Test("A slow reader makes the SDK read no further ahead than the piece it is in")
    func backPressure() async throws {
        let event = Array(
            StreamingTests.event(StreamingTests.chunkJSON(content: String(repeating: "x", count: 1000))).utf8)
        let piece = Array(repeating: event, count: 64).flatMap { $0 }
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: Array(repeating: piece, count: 1000)), for: .chatCompletions)
            let transport = CountingTransport()
            let client = NeosantaraClient(
                configuration: .init(apiKey: APIKey(testAPIKey), baseURL: server.baseURL), transport: transport)
            let stream = try await client.chat.completions.stream(model: "m", messages: [.user("hi")])
            var iterator = stream.makeAsyncIterator()
            for _ in 0..<100 {
                _ = try await iterator.next()
            }
            try await Task.sleep(for: .milliseconds(50))
            // 100 chunks are about 100 KB; the stream is 73 MB. The SDK holds at most one piece of the body more.
            #expect(transport.bytesRead < 1024 * 1024, "the SDK read \(transport.bytesRead) bytes for 100 chunks")
            #expect(transport.bytesRead >= 100 * event.count)
        }
    }
}

/// The default transport, counting the body bytes the SDK has pulled from it.
private final class CountingTransport: HTTPTransport {
    private let base = AsyncHTTPClientTransport()
    private let count = NIOLockedValueBox(0)

    /// The body bytes read so far.
    var bytesRead: Int { count.withLockedValue { $0 } }

    func send(_ request: HTTPRequest, body: HTTPRequestBody?, timeouts: HTTPTransportTimeouts) async throws -> (
        HTTPResponse, HTTPResponseBody
    ) {
        let (head, responseBody) = try await base.send(request, body: body, timeouts: timeouts)
        let count = self.count
        return (
            head,
            HTTPResponseBody(
                responseBody.map { piece in
                    count.withLockedValue { $0 += piece.readableBytes }
                    return piece
                })
        )
    }
}

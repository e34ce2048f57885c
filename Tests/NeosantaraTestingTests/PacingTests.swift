import Foundation
import HTTPTypes
import NIOCore
import NIOConcurrencyHelpers
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Pauses, gates, keep-alives and disconnects")
struct PacingTests {
    @Test(
        "stalls a body after the given number of bytes, then sends the rest",
        arguments: [
            (ScriptedReply.rawJSON(#"{"object":"list","data":[]}"#), #"{"object":"list","data":[]}"#, 10),
            (.rawStream(["data: a\n\n", "data: b\n\n"]), "data: a\n\ndata: b\n\n", 12),
            (.rawStream(["data: a\n\n"]), "data: a\n\n", 100),
        ])
    func pauseAfterBytes(_ reply: ScriptedReply, _ text: String, _ count: Int) async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(reply.pausing(afterBytes: count, for: .milliseconds(600)), for: .listModels)
            let clock = ContinuousClock()
            let start = clock.now
            let (head, body) = try await open(server, .get, "/v1/models")
            #expect(head.status == .ok)
            var chunks: [[UInt8]] = []
            for try await chunk in body {
                chunks.append(Array(chunk.readableBytesView))
            }
            #expect(String(decoding: chunks.flatMap { $0 }, as: UTF8.self) == text)
            #expect(clock.now - start >= .milliseconds(600))
            if count < text.utf8.count {
                // The connection carried the first `count` bytes 600 ms before the rest, so some chunks end there.
                let ends = chunks.reduce(into: [Int]()) { ends, chunk in ends.append((ends.last ?? 0) + chunk.count) }
                #expect(ends.contains(count), "chunks of \(chunks.map(\.count)) bytes")
            }
        }
    }

    @Test("holds a stream at a gate until the test opens it, then sends the rest")
    func gate() async throws {
        try await NeosantaraTestServer.withServer { server in
            let gate = ReplyGate()
            server.enqueue(.standard.pausing(afterEvents: 2, until: gate), for: .chatCompletions)
            let (_, body) = try await open(
                server, .post, "/v1/chat/completions", body: chatBody("satu dua tiga", #""stream":true"#))
            let received = NIOLockedValueBox("")
            let reader = Task {
                for try await chunk in body {
                    received.withLockedValue { $0 += String(buffer: chunk) }
                }
            }
            let events = { received.withLockedValue { $0.components(separatedBy: "\n\n").count - 1 } }
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(5)
            while events() < 2, clock.now < deadline {
                try await Task.sleep(for: .milliseconds(5))
            }
            try await Task.sleep(for: .milliseconds(200))
            #expect(events() == 2)
            #expect(!gate.isOpen)
            gate.open()
            try await reader.value
            let payloads = eventPayloads(received.withLockedValue { $0 })
            #expect(payloads.count > 4)
            #expect(payloads.last == "[DONE]")
            #expect(
                try decodeChunks(received.withLockedValue { $0 }).compactMap(\.choices.first?.delta.content).joined()
                    == "Echo: satu dua tiga")
        }
    }

    @Test("lets a reply through a gate that is already open")
    func openGate() async throws {
        try await NeosantaraTestServer.withServer { server in
            let gate = ReplyGate()
            gate.open()
            server.enqueue(.standard.pausing(afterEvents: 0, until: gate), for: .chatCompletions)
            let reply = try await makeClient(server).chat.completions.create(model: "m", messages: [.user("a")])
            #expect(reply.choices.first?.message.content == "Echo: a")
            #expect(gate.isOpen)
        }
    }

    @Test("stops at the end of the test without waiting at a gate nobody opens")
    func stopsAtClosedGate() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let call = try await NeosantaraTestServer.withServer { server in
            server.enqueue(.standard.pausing(afterEvents: 0, until: ReplyGate()), for: .chatCompletions)
            let client = makeClient(server)
            let call = Task { try await client.chat.completions.create(model: "m", messages: [.user("a")]) }
            while server.requests.isEmpty {
                try await Task.sleep(for: .milliseconds(5))
            }
            return call
        }
        await #expect(throws: NeosantaraError.self) { try await call.value }
        // The gate never opens: any bound tells stopping from waiting; a wide one holds on a busy machine.
        #expect(clock.now - start < .seconds(30))
    }

    @Test("keeps a stream open with keep-alive comments until the client leaves, and counts the client leaving")
    func keepAliveUntilDisconnect() async throws {
        try await NeosantaraTestServer.withServer { server in
            let chunk = ChatCompletionChunk(id: "c1", choices: [.init(delta: .init(content: "Hai"))])
            server.enqueue(.chunks([chunk], done: false).keepingAlive(every: .milliseconds(10)), for: .chatCompletions)
            #expect(server.clientDisconnects == 0)
            var received = ""
            do {
                let (_, body) = try await open(
                    server, .post, "/v1/chat/completions", body: chatBody("a", #""stream":true"#))
                for try await piece in body {
                    received += String(buffer: piece)
                    if received.components(separatedBy: ": keep-alive\n\n").count > 3 {
                        break
                    }
                }
            }
            let keepAlive = ": keep-alive\n\n"
            #expect(try decodeChunks(received.components(separatedBy: keepAlive)[0]) == [chunk])
            #expect(received.hasSuffix(keepAlive))
            #expect(await server.waitForClientDisconnects(timeout: .seconds(10)))
            #expect(server.clientDisconnects == 1)
        }
    }

    @Test("does not count a connection it closes itself, or a client that read to the end")
    func ownClosesAreNotDisconnects() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([.closeConnection, .standard.closingConnection(afterEvents: 2)], for: .chatCompletions)
            let client = makeClient(server)
            _ = await expectError { try await client.chat.completions.create(model: "m", messages: [.user("a")]) }
            let stream = try await client.chat.completions.stream(model: "m", messages: [.user("a b")])
            _ = await expectError { try await stream.finalResponse() }
            _ = try await client.chat.completions.stream(model: "m", messages: [.user("a b")]).finalResponse()
            #expect(await server.waitForClientDisconnects(timeout: .milliseconds(300)) == false)
            #expect(server.clientDisconnects == 0)
        }
    }
}

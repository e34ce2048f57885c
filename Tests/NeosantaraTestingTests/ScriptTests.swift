import Foundation
import HTTPTypes
import NIOCore
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Scripted replies")
struct ScriptTests {
    @Test("plays queued replies in order, each once, then falls back to the default")
    func queueOrder() async throws {
        try await NeosantaraTestServer.withServer { server in
            let scripted = ChatCompletionsResponse(
                id: "chatcmpl-scripted", model: "nusantara-base",
                choices: [ChatCompletionChoice(message: .init(content: "Jakarta."), finishReason: .stop)])
            server.enqueue(
                [.json(scripted), .rawJSON(#"{"choices":[{"message":{"role":"assistant","content":"kedua"}}]}"#)],
                for: .chatCompletions)
            #expect(server.pendingReplies(for: .chatCompletions) == 2)
            let client = makeClient(server)
            var contents: [String?] = []
            for _ in 0..<3 {
                let reply = try await client.chat.completions.create(model: "m", messages: [.user("Ibu kota?")])
                contents.append(reply.choices.first?.message.content)
            }
            #expect(contents == ["Jakarta.", "kedua", "Echo: Ibu kota?"])
            #expect(server.pendingReplies(for: .chatCompletions) == 0)
        }
    }

    @Test("keeps queues per endpoint, and answers scripted replies whatever the request")
    func perEndpoint() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.json(ModelsListResponse(data: [Model(id: "scripted")])), for: .listModels)
            let client = makeClient(server)
            let chat = try await client.chat.completions.create(model: "m", messages: [.user("a")])
            #expect(chat.choices[0].message.content == "Echo: a")
            #expect(try await client.models.list().data.map(\.id) == ["scripted"])
            server.enqueue(.status(200, body: "{}", headers: [.contentType: "application/json"]), for: .embeddings)
            let raw = try await send(server, .post, "/v1/embeddings", body: "not even json")
            #expect(raw.text == "{}")
        }
    }

    @Test("sends any status, body and headers")
    func anyStatus() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .status(502, body: "<html>Bad Gateway</html>", headers: [.contentType: "text/html", .server: "proxy"]),
                for: .chatCompletions)
            let error = await expectError {
                try await makeClient(server).chat.completions.create(model: "m", messages: [.user("a")])
            }
            #expect(error?.status == 502)
            #expect(error?.kind == .serverError)
            #expect(error?.headers?[.server] == "proxy")
            #expect(error?.bodyText == "<html>Bad Gateway</html>")
            #expect(error?.apiError == nil)
        }
    }

    @Test("sends an error with the API's body")
    func apiError() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .error(
                    status: 400,
                    APIError(
                        message: "Model 'x' context length exceeded.", type: .invalidRequest,
                        code: .contextLengthExceeded)),
                for: .chatCompletions)
            let error = await expectError {
                try await makeClient(server).chat.completions.create(model: "m", messages: [.user("a")])
            }
            #expect(error?.kind == .badRequest)
            #expect(error?.apiError?.code == .contextLengthExceeded)
            #expect(error?.message == "Model 'x' context length exceeded.")
        }
    }

    @Test("sends a 429 with retry-after and the rate-limit details")
    func rateLimited() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rateLimited(retryAfter: 7), for: .embeddings)
            let error = await expectError {
                try await makeClient(server).embeddings.create(model: "e", input: "a")
            }
            #expect(error?.kind == .rateLimited)
            #expect(error?.status == 429)
            #expect(error?.headers?[.retryAfter] == "7")
            #expect(error?.retryAfter == .seconds(7))
            #expect(error?.rateLimit?.remaining == 0)
            #expect(error?.apiError?.type == .rateLimit)
        }
    }

    @Test("sends JSON that does not parse")
    func malformedJSON() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.malformedJSON, for: .chatCompletions)
            let error = await expectError {
                try await makeClient(server).chat.completions.create(model: "m", messages: [.user("a")])
            }
            #expect(error?.kind == .decoding)
            #expect(error?.status == 200)
        }
    }

    @Test("closes the connection before responding")
    func closeBeforeResponding() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.closeConnection, for: .chatCompletions)
            let error = await expectError {
                try await makeClient(server).chat.completions.create(model: "m", messages: [.user("a")])
            }
            #expect(error?.kind == .connection)
            #expect(error?.status == nil)
            let next = try await makeClient(server).chat.completions.create(model: "m", messages: [.user("b")])
            #expect(next.choices[0].message.content == "Echo: b")
        }
    }

    @Test("closes the connection in the middle of a stream, after the given number of events")
    func closeMidStream() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.standard.closingConnection(afterEvents: 2), for: .chatCompletions)
            let url = server.baseURL
            let request = HTTPRequest(
                method: .post, scheme: "http", authority: "\(url.host!):\(url.port!)", path: "/v1/chat/completions",
                headerFields: [.contentType: "application/json"])
            let (head, body) = try await AsyncHTTPClientTransport().send(
                request, body: .bytes(Array(chatBody("satu dua tiga", #""stream":true"#).utf8)),
                timeouts: .init(response: .seconds(10), connect: .seconds(10)))
            #expect(head.status == .ok)
            var received = ""
            var failure: (any Error)?
            do {
                for try await chunk in body {
                    received += String(buffer: chunk)
                }
            } catch {
                failure = error
            }
            #expect(failure != nil)
            #expect(eventPayloads(received).count == 2)
            #expect(!received.contains("[DONE]"))
        }
    }

    @Test("closes the connection right after the head of a plain reply")
    func closeAfterHead() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.standard.closingConnection(afterEvents: 0), for: .chatCompletions)
            let error = await expectError {
                try await makeClient(server).chat.completions.create(model: "m", messages: [.user("a")])
            }
            #expect(error?.kind == .connection)
        }
    }

    @Test("streams scripted events, chunks and raw pieces exactly as given")
    func scriptedStreams() async throws {
        try await NeosantaraTestServer.withServer { server in
            let chunk = ChatCompletionChunk(id: "c1", choices: [.init(delta: .init(content: "Hai"))])
            server.enqueue(
                [
                    .events([#"{"choices":[]}"#, #"{"error":{"message":"upstream failed"}}"#]),
                    .chunks([chunk], done: false),
                    .rawStream([": keep-alive\r\n", "event: message\r\ndata: {\"cho", "ices\":[]}\r\n\r\n"]),
                    .rawStream(bytes: [[0x64, 0x61, 0x74, 0x61, 0x3A, 0x20, 0xE2, 0x82], [0xAC, 0x0A, 0x0A]]),
                ], for: .chatCompletions)
            let body = chatBody("a", #""stream":true"#)
            let events = try await send(server, .post, "/v1/chat/completions", body: body)
            #expect(
                events.text
                    == "data: {\"choices\":[]}\n\ndata: {\"error\":{\"message\":\"upstream failed\"}}\n\ndata: [DONE]\n\n"
            )
            #expect(events.head.headerFields[.contentType] == "text/event-stream")
            let chunks = try await send(server, .post, "/v1/chat/completions", body: body)
            #expect(try decodeChunks(chunks.text) == [chunk])
            #expect(!chunks.text.contains("[DONE]"))
            let raw = try await send(server, .post, "/v1/chat/completions", body: body)
            #expect(raw.text == ": keep-alive\r\nevent: message\r\ndata: {\"choices\":[]}\r\n\r\n")
            let split = try await send(server, .post, "/v1/chat/completions", body: body)
            #expect(split.text == "data: €\n\n")
        }
    }

    @Test("waits before responding")
    func delay() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.standard.delayed(by: .milliseconds(100)), for: .keyStatus)
            let clock = ContinuousClock()
            let start = clock.now
            _ = try await makeClient(server).authentication.keyStatus()
            #expect(clock.now - start >= .milliseconds(100))
        }
    }

    @Test("makes a reply from the request, which may hand it to the default behaviour or fail with a 500")
    func respond() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [
                    .respond { request in
                        let sent = try request.decodeBody(as: ChatCompletionsRequest.self)
                        let count = ChatCompletionMessage(content: "\(sent.messages.count) messages")
                        return .json(ChatCompletionsResponse(choices: [ChatCompletionChoice(message: count)]))
                    },
                    .respond { _ in .standard }.withHeaders([.server: "scripted"]),
                    .respond { _ in throw ScriptFailure() },
                ], for: .chatCompletions)
            let client = makeClient(server)
            let counted = try await client.chat.completions.create(
                model: "m", messages: [.system("Singkat."), .user("a")])
            #expect(counted.choices.first?.message.content == "2 messages")
            let standard = try await client.chat.completions.create(model: "m", messages: [.user("b")])
            #expect(standard.choices.first?.message.content == "Echo: b")
            #expect(standard.headers[.server] == "scripted")
            let error = await expectError {
                try await client.chat.completions.create(model: "m", messages: [.user("c")])
            }
            #expect(error?.status == 500)
            #expect(error?.message == "The scripted reply failed: the script broke")
        }
    }

    @Test("adds and replaces headers, and leaves out the request id when asked")
    func headers() async throws {
        try await NeosantaraTestServer.withServer { server in
            let requestID = HTTPField.Name("x-request-id")!
            server.enqueue(
                [
                    .rawJSON("{}").withHeaders([requestID: "upstream-1", .contentType: "application/vnd.api+json"]),
                    .rawJSON("{}").withoutHeader(requestID),
                    .rawJSON("{}"),
                ], for: .embeddings)
            let replaced = try await send(server, .post, "/v1/embeddings", body: "{}")
            #expect(replaced.head.headerFields[values: requestID] == ["upstream-1"])
            #expect(replaced.head.headerFields[values: .contentType] == ["application/vnd.api+json"])
            let without = try await send(server, .post, "/v1/embeddings", body: "{}")
            #expect(without.head.headerFields[requestID] == nil)
            #expect(without.text == "{}")
            let standard = try await send(server, .post, "/v1/embeddings", body: "{}", headers: [requestID: "mine"])
            #expect(standard.head.headerFields[requestID] == "mine")
        }
    }
}

/// The error a failing script throws.
private struct ScriptFailure: Error, CustomStringConvertible {
    var description: String { "the script broke" }
}

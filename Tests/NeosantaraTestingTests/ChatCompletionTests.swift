import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Chat completions by default")
struct ChatCompletionTests {
    @Test("echoes the last user message with word-count usage")
    func echo() async throws {
        try await NeosantaraTestServer.withServer { server in
            let reply = try await makeClient(server).chat.completions.create(
                model: "nusantara-base",
                messages: [.system("Jawab singkat."), .user("Apa ibu kota Indonesia?")])
            #expect(reply.httpStatus == 200)
            #expect(reply.object == "chat.completion")
            #expect(reply.model == "nusantara-base")
            #expect(reply.id == "chatcmpl-test-1")
            #expect(reply.choices.count == 1)
            #expect(reply.choices[0].message.role == .assistant)
            #expect(reply.choices[0].message.content == "Echo: Apa ibu kota Indonesia?")
            #expect(reply.choices[0].finishReason == .stop)
            #expect(reply.usage == Usage(promptTokens: 6, completionTokens: 5, totalTokens: 11))
            #expect(reply.metadata?.creator == "NeosantaraTesting")
        }
    }

    @Test("answers the same request the same way every time")
    func deterministic() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let first = try await client.chat.completions.create(model: "m", messages: [.user("satu dua")])
            let second = try await client.chat.completions.create(model: "m", messages: [.user("satu dua")])
            #expect(first.choices == second.choices)
            #expect(first.usage == second.usage)
        }
    }

    @Test("echoes the text parts of a multi-part message and the result of a tool")
    func partsAndToolResults() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let parts = try await client.chat.completions.create(
                model: "vision-emas-2045",
                messages: [.user([.text("Apa isi "), .image(url: "https://example.com/a.jpg"), .text("gambar ini?")])])
            #expect(parts.choices[0].message.content == "Echo: Apa isi gambar ini?")

            let call = ToolCall(id: "call_1", function: .init(name: "get_weather", arguments: "{}"))
            let afterTool = try await client.chat.completions.create(
                ChatCompletionsRequest(
                    model: "nusantara-base",
                    messages: [
                        .user("Cuaca?"), .assistant(nil, toolCalls: [call]), .tool("30°C", toolCallID: "call_1"),
                    ],
                    tools: [.function(name: "get_weather")]))
            #expect(afterTool.choices[0].message.content == "Echo: 30°C")
            #expect(afterTool.choices[0].message.toolCalls == nil)
        }
    }

    @Test("returns n identical choices and counts their tokens")
    func severalChoices() async throws {
        try await NeosantaraTestServer.withServer { server in
            let reply = try await makeClient(server).chat.completions.create(
                ChatCompletionsRequest(model: "nusantara-base", messages: [.user("Halo")], n: 3))
            #expect(reply.choices.map(\.index) == [0, 1, 2])
            #expect(Set(reply.choices.map(\.message.content)) == ["Echo: Halo"])
            #expect(reply.usage?.completionTokens == 6)
        }
    }

    @Test("cuts the answer at max_tokens words with finish reason length")
    func maxTokens() async throws {
        try await NeosantaraTestServer.withServer { server in
            let reply = try await makeClient(server).chat.completions.create(
                model: "nusantara-base", messages: [.user("satu dua tiga empat")], maxTokens: 3)
            #expect(reply.choices[0].message.content == "Echo: satu dua")
            #expect(reply.choices[0].finishReason == .length)
            #expect(reply.usage?.completionTokens == 3)
        }
    }

    @Test("adds reasoning when the request asks for it, counted inside completion tokens")
    func reasoningOnChat() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            var request = ChatCompletionsRequest(model: "deepseek-v4.1-flash", messages: [.user("Berapa 2+2?")])
            let plain = try await client.chat.completions.create(request)
            #expect(plain.choices[0].message.reasoningContent == nil)

            request.reasoningEffort = .high
            let reasoned = try await client.chat.completions.create(request)
            #expect(reasoned.choices[0].message.reasoningContent == "Reasoning about: Berapa 2+2?")
            #expect(reasoned.choices[0].message.content == "Echo: Berapa 2+2?")
            #expect(reasoned.usage?.completionTokensDetails?.reasoningTokens == 4)
            #expect(reasoned.usage?.completionTokens == 7)
        }
    }

    @Test("answers /reasoning with reasoning content")
    func reasoningEndpoint() async throws {
        try await NeosantaraTestServer.withServer { server in
            let reply = try await makeClient(server).reasoning.create(
                model: "deepseek-v4.1-flash", messages: [.user("Kenapa langit biru?")])
            #expect(reply.choices[0].message.reasoningContent == "Reasoning about: Kenapa langit biru?")
            #expect(reply.choices[0].message.content == "Echo: Kenapa langit biru?")
            #expect(server.requests.map(\.route) == [.reasoning])
        }
    }

    @Test("records the request the client sent")
    func recording() async throws {
        try await NeosantaraTestServer.withServer { server in
            var request = ChatCompletionsRequest(model: "nusantara-base", messages: [.user("Halo")], temperature: 0.2)
            request.extraBody["web_search"] = true
            _ = try await makeClient(server).chat.completions.create(
                request, options: RequestOptions(requestID: "order-42"))

            let recorded = try #require(server.requests.first)
            #expect(recorded.method == .post)
            #expect(recorded.path == "/v1/chat/completions")
            #expect(recorded.route == .chatCompletions)
            #expect(recorded.bearerToken == testAPIKey)
            #expect(recorded.headers[.authorization] == "Bearer \(testAPIKey)")
            #expect(try recorded.decodeBody(as: ChatCompletionsRequest.self) == request)
            #expect(recorded.json?["web_search"] == true)
            #expect(!recorded.description.contains(testAPIKey))
        }
    }

    @Test("echoes the client's request id, and makes one up otherwise")
    func requestID() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let chosen = try await client.chat.completions.create(
                ChatCompletionsRequest(model: "m", messages: [.user("a")]), options: RequestOptions(requestID: "abc"))
            #expect(chosen.requestID == "abc")
            #expect(chosen.metadata?.requestID == "abc")

            let raw = try await send(server, .post, "/v1/chat/completions", body: chatBody())
            #expect(raw.head.headerFields[.init("x-request-id")!] == "req_test_2")
        }
    }
}

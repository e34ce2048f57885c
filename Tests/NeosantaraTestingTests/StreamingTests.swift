import Foundation
import HTTPTypes
import NIOCore
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Streamed chat completions")
struct StreamingTests {
    @Test("frames the stream exactly as the gateway does: data events, a blank line each, then [DONE]")
    func framing() async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(
                server, .post, "/v1/chat/completions", body: chatBody("Halo apa kabar?", #""stream":true"#))
            #expect(response.head.status == .ok)
            #expect(response.head.headerFields[.contentType] == "text/event-stream")
            #expect(response.head.headerFields[.contentLength] == nil)

            let text = response.text
            #expect(text.hasPrefix("data: {"))
            #expect(text.hasSuffix("\n\ndata: [DONE]\n\n"))
            #expect(!text.contains("\r"))
            let events = text.components(separatedBy: "\n\n").dropLast()
            #expect(events.allSatisfy { $0.hasPrefix("data: ") && !$0.contains("\n") })

            let chunks = try decodeChunks(text)
            #expect(chunks.allSatisfy { $0.object == "chat.completion.chunk" && $0.id == "chatcmpl-test-1" })
            #expect(chunks.allSatisfy { $0.model == "nusantara-base" })
            #expect(chunks.first?.choices.first?.delta.role == .assistant)
            #expect(chunks.compactMap { $0.choices.first?.delta.content } == ["", "Echo:", " Halo", " apa", " kabar?"])
            #expect(chunks.last?.choices.first?.finishReason == .stop)
            #expect(chunks.last?.choices.first?.delta == ChatCompletionChunk.Delta())
            #expect(chunks.allSatisfy { $0.usage == nil })
        }
    }

    @Test("paces a stream's events by the chunk delay")
    func pacedEvents() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.standard.withChunkDelay(.milliseconds(100)), for: .chatCompletions)
            let url = server.baseURL
            let request = HTTPRequest(
                method: .post, scheme: "http", authority: "\(url.host!):\(url.port!)", path: "/v1/chat/completions",
                headerFields: [.contentType: "application/json"])
            let clock = ContinuousClock()
            let start = clock.now
            let (_, body) = try await AsyncHTTPClientTransport().send(
                request, body: .bytes(Array(chatBody("satu dua", #""stream":true"#).utf8)),
                timeouts: .init(response: .seconds(10), connect: .seconds(10)))
            var text = ""
            for try await chunk in body {
                text += String(buffer: chunk)
            }
            #expect(eventPayloads(text).count == 6)
            // 5 delays of 100 ms between the 6 events. (That each event leaves as it is produced, before the
            // next, is checked with a gate, which a loaded machine cannot blur: PacingTests.)
            #expect(clock.now - start >= .milliseconds(500))
        }
    }

    @Test("ends with a usage chunk with empty choices when include_usage is set")
    func usageChunk() async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(
                server, .post, "/v1/chat/completions",
                body: chatBody("Halo apa kabar?", #""stream":true,"stream_options":{"include_usage":true}"#))
            let chunks = try decodeChunks(response.text)
            let last = try #require(chunks.last)
            #expect(last.choices.isEmpty)
            #expect(last.usage == Usage(promptTokens: 3, completionTokens: 4, totalTokens: 7))
            #expect(chunks.dropLast().allSatisfy { $0.usage == nil })
            #expect(eventPayloads(response.text).last == "[DONE]")
            #expect(response.text.contains(#""choices":[]"#))
        }
    }

    @Test("streams reasoning before the answer")
    func reasoningStream() async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(server, .post, "/v1/reasoning", body: chatBody("dua kata", #""stream":true"#))
            let chunks = try decodeChunks(response.text)
            let reasoning = chunks.compactMap { $0.choices.first?.delta.reasoningContent }.joined()
            let content = chunks.compactMap { $0.choices.first?.delta.content }.joined()
            #expect(reasoning == "Reasoning about: dua kata")
            #expect(content == "Echo: dua kata")
            let firstContent = try #require(chunks.firstIndex { $0.choices.first?.delta.content?.isEmpty == false })
            let lastReasoning = try #require(chunks.lastIndex { $0.choices.first?.delta.reasoningContent != nil })
            #expect(lastReasoning < firstContent)
        }
    }

    @Test("streams a tool call: id and name first, then the arguments in pieces")
    func toolCallStream() async throws {
        try await NeosantaraTestServer.withServer { server in
            let tools =
                #""tools":[{"type":"function","function":{"name":"get_stock_price","#
                + #""parameters":{"type":"object","properties":{"ticker":{"type":"string"}},"required":["ticker"]}}}]"#
            let response = try await send(
                server, .post, "/v1/chat/completions", body: chatBody("Harga BBCA?", #""stream":true,"# + tools))
            let chunks = try decodeChunks(response.text)
            let pieces = chunks.compactMap { $0.choices.first?.delta.toolCalls?.first }
            #expect(pieces.first?.id == "call_test_1_0")
            #expect(pieces.first?.type == .function)
            #expect(pieces.first?.function?.name == "get_stock_price")
            #expect(pieces.count > 2)
            #expect(pieces.allSatisfy { $0.index == 0 })
            let arguments = pieces.compactMap { $0.function?.arguments }.joined()
            #expect(arguments == #"{"ticker":"example"}"#)
            #expect(chunks.last?.choices.first?.finishReason == .toolCalls)
            #expect(chunks.allSatisfy { $0.choices.first?.delta.content == nil })
        }
    }

    @Test("streams every choice when n is more than 1")
    func severalChoices() async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(
                server, .post, "/v1/chat/completions", body: chatBody("Halo", #""stream":true,"n":2"#))
            let chunks = try decodeChunks(response.text)
            for index in 0..<2 {
                let choice = chunks.compactMap { $0.choices.first { $0.index == index } }
                #expect(choice.compactMap(\.delta.content).joined() == "Echo: Halo")
                #expect(choice.last?.finishReason == .stop)
            }
        }
    }
}

import Foundation
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Streamed completions over a real socket to the test server.
@Suite("Streaming over loopback")
struct StreamingTests {
    @Test("A plain stream: chunks in order, the request on the wire, and the final response")
    func plainStream() async throws {
        let body = try StreamingFixtures.stream("plain")
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: [body]).withHeaders([.requestID: "srv-7"]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "nusantara-base", messages: [.user("Ceritakan pantun")])
            #expect(stream.status == 200)
            #expect(stream.requestID == "srv-7")
            #expect(stream.headers[.contentType] == "text/event-stream")
            var text = ""
            var count = 0
            for try await chunk in stream {
                text += chunk.choices.first?.delta.content ?? ""
                count += 1
            }
            #expect(count == 11)
            #expect(
                text
                    == "Berakit-rakit ke hulu,\nberenang-renang ke tepian.\nBersakit-sakit dahulu,\nbersenang-senang kemudian."
            )
            let final = try await stream.finalResponse()
            #expect(final.value == (try StreamingFixtures.response("plain")))
            #expect(final.requestID == "srv-7")
            #expect(final.httpStatus == 200)

            let request = try #require(server.requests.first)
            #expect(server.requests.count == 1)
            #expect(request.path == "/v1/chat/completions")
            #expect(request.header("Accept") == "text/event-stream")
            #expect(request.header("Authorization") == "Bearer \(testAPIKey)")
            #expect(
                request.json == [
                    "model": "nusantara-base", "messages": [["role": "user", "content": "Ceritakan pantun"]],
                    "stream": true,
                ])
        }
    }

    @Test("A request with stream false or stream options is sent with stream true and its options")
    func streamFlag() async throws {
        let body = try StreamingFixtures.stream("usage")
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: [body]), for: .chatCompletions)
            var request = ChatCompletionsRequest(model: "m", messages: [.user("hi")], n: 2)
            request.stream = false
            request.streamOptions = StreamOptions(includeUsage: true)
            let final = try await makeClient(server.baseURL).chat.completions.stream(request).finalResponse()
            #expect(final.usage?.totalTokens == 15)
            #expect(final.metadata?.requestID == "gw-stream-1")
            let json = try #require(server.requests.first?.json)
            #expect(json["stream"] == true)
            #expect(json["stream_options"] == ["include_usage": true])
        }
    }

    @Test(
        "Every recorded stream, sent in pieces of 5 bytes, adds up to its response",
        arguments: try StreamingFixtures.streamsWithResponses())
    func recordedStreamInPieces(_ name: String) async throws {
        let pieces = Self.pieces(try StreamingFixtures.stream(name), size: 5)
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: pieces), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            var chunks: [ChatCompletionChunk] = []
            for try await chunk in stream {
                chunks.append(chunk)
            }
            #expect(chunks == (try StreamingAccumulatorTests.chunks(name)))
            #expect(try await stream.finalResponse().value == (try StreamingFixtures.response(name)))
        }
    }

    @Test("Reasoning streams from POST /reasoning, reasoning text first")
    func reasoning() async throws {
        let body = try StreamingFixtures.stream("reasoning")
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: [body]), for: .reasoning)
            let stream = try await makeClient(server.baseURL).reasoning.stream(
                model: "nusantara-think", messages: [.user("Berapa 17 × 23?")])
            var reasoning = ""
            var answer = ""
            for try await chunk in stream {
                let delta = chunk.choices.first?.delta
                reasoning += delta?.reasoningContent ?? ""
                answer += delta?.content ?? ""
                #expect(answer.isEmpty || reasoning.hasSuffix("jadi 391."))
            }
            #expect(reasoning == "Pengguna bertanya 17 × 23. 17 × 20 = 340, 17 × 3 = 51, jadi 391.")
            #expect(answer == "Hasilnya **391**.")
            let final = try await stream.finalResponse()
            #expect(final.usage?.completionTokensDetails?.reasoningTokens == 30)
            #expect(final.choices.first?.message.reasoningContent == reasoning)
            #expect(server.requests.first?.path == "/v1/reasoning")
            #expect(server.requests.first?.json?["stream"] == true)
        }
    }

    @Test("Tool-call arguments in many chunks are joined into the calls")
    func toolCalls() async throws {
        let pieces = Self.pieces(try StreamingFixtures.stream("tool_calls"), size: 64)
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: pieces), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("harga?")])
            var seen = 0
            for try await chunk in stream {
                seen += chunk.choices.first?.delta.toolCalls?.count ?? 0
                if seen == 3 {
                    #expect(
                        stream.currentResponse.choices.first?.message.toolCalls?.first?.function.arguments
                            == "{\"ticker")
                }
            }
            let final = try await stream.finalResponse()
            let calls = try #require(final.choices.first?.message.toolCalls)
            #expect(calls.map(\.id) == ["call_bbca", "call_tlkm"])
            #expect(calls.map(\.function.arguments) == ["{\"ticker\":\"BBCA.JK\"}", "{\"ticker\":\"TLKM.JK\"}"])
            #expect(final.choices.first?.finishReason == .toolCalls)
        }
    }

    @Test("The usage chunk arrives last, with empty choices")
    func usageChunk() async throws {
        let body = try StreamingFixtures.stream("usage")
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: [body]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            var last: ChatCompletionChunk?
            for try await chunk in stream {
                last = chunk
            }
            #expect(last?.choices.isEmpty == true)
            #expect(
                last?.usage
                    == Usage(
                        promptTokens: 9, completionTokens: 6, totalTokens: 15,
                        promptTokensDetails: .init(cachedTokens: 0)))
        }
    }

    @Test("Keep-alive comments, pauses and CRLF line ends in tiny pieces change nothing")
    func keepAlivesAndCRLF() async throws {
        let crlf = String(decoding: try StreamingFixtures.stream("crlf"), as: UTF8.self)
        // Each line in pieces of 3 bytes, with a keep-alive comment after it.
        let lines = crlf.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast().map { $0 + "\r\n" }
        let keepAlive = Array(": keep-alive\r\n\r\n".utf8)
        let pieces =
            [keepAlive, Array(":\r\n".utf8)]
            + lines.flatMap { Self.pieces(Array($0.utf8), size: 3) + [Array(": ping\r\n".utf8)] }
        try await NeosantaraTestServer.withServer { server in
            // A pause of 20 ms after the first keep-alive.
            server.enqueue(
                .rawStream(bytes: pieces).pausing(afterBytes: keepAlive.count, for: .milliseconds(20)),
                for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            let final = try await stream.finalResponse()
            #expect(final.choices.first?.message.content == "Terima kasih banyak")
        }
    }

    @Test("An error in the middle of the stream throws streamError after the chunks before it")
    func errorMidStream() async throws {
        let body = try StreamingFixtures.stream("error_mid_stream")
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: [body]).withHeaders([.requestID: "srv-9"]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            var received: [String] = []
            // `do throws(NeosantaraError)` compiles only because the loop throws NeosantaraError itself.
            do throws(NeosantaraError) {
                for try await chunk in stream {
                    received.append(chunk.choices.first?.delta.content ?? "")
                }
                Issue.record("the stream did not throw")
            } catch {
                #expect(error.kind == .streamError)
                #expect(error.apiError?.message == "Upstream provider overloaded")
                #expect(error.apiError?.code == "provider_overloaded")
                #expect(error.apiError?.type == .server)
                #expect(error.status == 200)
                #expect(error.requestID == "srv-9")
                #expect(error.message.contains("after 2 chunks"))
                #expect(!"\(error)".contains(testAPIKey))
            }
            #expect(received == ["Sebentar", " ya"])
            #expect(stream.currentResponse.choices.first?.message.content == "Sebentar ya")
            let again = await expectError { try await stream.finalResponse() }
            #expect(again?.kind == .streamError)
        }
    }

    @Test("An `event: error` event throws streamError; other event types are skipped")
    func errorEventType() async throws {
        let text =
            "event: ping\ndata: {}\n\n" + Self.event(Self.chunkJSON(content: "a"))
            + "event: error\ndata: {\"message\":\"quota gone\"}\n\n"
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream([text]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            let error = await expectError { try await stream.finalResponse() }
            #expect(error?.kind == .streamError)
            #expect(error?.message.hasPrefix("quota gone (sent after") == true, "a flat error object is read too")
            #expect(error?.apiError?.message == "quota gone")
            #expect(stream.currentResponse.choices.first?.message.content == "a")
        }
    }

    @Test("An error object is found wherever its key is, and not in a chunk's text")
    func errorKeySearch() {
        for padding in 0..<16 {
            let spaces = String(repeating: " ", count: padding)
            for text in [
                #"{"error":{"message":"x"}}"#, #"{"id":"c1","choices":[],"error":"overloaded"}"#,
                #"{ "error" : null }"#, #""error""#,
            ] {
                #expect(mayHoldError(spaces + text), "\(padding): \(text)")
                #expect(mayHoldError(text + spaces), "\(text) + \(padding)")
            }
            let chunk = spaces + Self.chunkJSON(content: #"an "error" in the text: error, errors, "err"or"#)
            #expect(!mayHoldError(chunk))
        }
        #expect(!mayHoldError(#""erro""#))
        #expect(!mayHoldError(""))
    }

    private func mayHoldError(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { ChatCompletionChunkFormat.mayHoldError(UnsafeRawBufferPointer($0)) }
    }

    @Test("A connection dropped mid-stream throws a connection error that says after how many chunks")
    func droppedConnection() async throws {
        let events = [Self.event(Self.chunkJSON(content: "Satu")), Self.event(Self.chunkJSON(content: " dua"))]
        // The server holds the connection open until both chunks have reached the caller, then closes it.
        let closeNow = ReplyGate()
        defer { closeNow.open() }
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .rawStream(events).pausing(afterEvents: 2, until: closeNow).closingConnection(afterEvents: 2),
                for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            var chunks = stream.makeAsyncIterator()
            #expect(try await chunks.next()?.choices.first?.delta.content == "Satu")
            #expect(try await chunks.next()?.choices.first?.delta.content == " dua")
            closeNow.open()
            let error = try #require(await expectError { try await chunks.next() })
            #expect(error.kind == .connection)
            #expect(error.message.contains("the stream was cut after 2 chunks"))
            #expect(error.status == 200)
            #expect(error.underlying != nil)
            #expect(stream.currentResponse.choices.first?.message.content == "Satu dua")
        }
    }

    @Test(
        "An HTTP error status before the stream throws what a plain call throws, from one request",
        arguments: [429, 500])
    func httpErrorBeforeStream(_ status: Int) async throws {
        let body = try String(decoding: Fixtures.data("examples/error_429_itpm_exceeded.json"), as: UTF8.self)
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                Array(repeating: .rawJSON(body, status: status, headers: [.retryAfter: "12"]), count: 2),
                for: .chatCompletions)
            let client = makeClient(server.baseURL)
            let plain = try #require(
                await expectError { try await client.chat.completions.create(model: "m", messages: [.user("hi")]) })
            let plainRequests = server.requests.count
            let streamed = try #require(
                await expectError { try await client.chat.completions.stream(model: "m", messages: [.user("hi")]) })
            // The stream call sends exactly as many requests as the plain call: the error body is read, not re-requested.
            #expect(server.requests.count == 2 * plainRequests)
            #expect(streamed.kind == .forStatus(status))
            #expect(streamed.kind == plain.kind)
            #expect(streamed.status == status)
            #expect(streamed.message == plain.message)
            #expect(streamed.apiError == plain.apiError)
            #expect(streamed.body == plain.body)
            #expect(streamed.retryAfter == .seconds(12))
            #expect(streamed.requestID == server.requests.last?.header("x-request-id"))
        }
    }

    @Test("An empty body is an incomplete stream")
    func emptyBody() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream([]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            let error = try #require(await expectError { try await stream.finalResponse() })
            #expect(error.kind == .incompleteStream)
            #expect(error.message.contains("before any chunk"))
            #expect(error.message.contains("text/event-stream"))
        }
    }

    @Test("A body that ends without [DONE] passes only when every choice has finished")
    func endWithoutDone() async throws {
        let finished = Self.event(Self.chunkJSON(content: "Ya")) + Self.event(Self.chunkJSON(finish: "stop"))
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream([finished]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            #expect(try await stream.finalResponse().choices.first?.message.content == "Ya")
        }
        let cut = Self.event(Self.chunkJSON(content: "Ber")) + Self.event(Self.chunkJSON(content: "akit"))
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream([cut]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            let error = try #require(await expectError { try await stream.finalResponse() })
            #expect(error.kind == .incompleteStream)
            #expect(error.message.contains("after 2 chunks without `data: [DONE]`"))
            #expect(stream.currentResponse.choices.first?.message.content == "Berakit")
        }
    }

    @Test("A data line that is not JSON throws a decoding error naming the event")
    func garbageDataLine() async throws {
        let text = ": hi\n\n" + Self.event(Self.chunkJSON(content: "a")) + "data: <html>502 Bad Gateway</html>\n\n"
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream([text]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            let error = try #require(await expectError { try await stream.finalResponse() })
            #expect(error.kind == .decoding)
            #expect(error.message.contains("event 2 of the stream is not a chat completion chunk"))
            #expect(error.message.contains("<html>502 Bad Gateway</html>"))
            #expect(error.bodyText == "<html>502 Bad Gateway</html>")
        }
    }

    @Test("A chunk with a wrong type names the path that failed")
    func wrongShape() async throws {
        let text = Self.event(#"{"choices":[{"index":"zero","delta":{}}]}"#)
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream([text]), for: .chatCompletions)
            let stream = try await makeClient(server.baseURL).chat.completions.stream(
                model: "m", messages: [.user("hi")])
            let error = try #require(await expectError { try await stream.finalResponse() })
            #expect(error.kind == .decoding)
            #expect(error.codingPath == "choices[0].index")
        }
    }

    @Test("An invalid request fails before anything is sent")
    func invalidRequest() async throws {
        try await NeosantaraTestServer.withServer { server in
            let error = await expectError {
                try await makeClient(server.baseURL).chat.completions.stream(model: "m", messages: [], temperature: 3)
            }
            #expect(error?.kind == .invalidRequest)
            #expect(server.requests.isEmpty)
        }
    }

    // MARK: - Helpers

    /// `bytes` in pieces of `size` bytes each, each written on its own.
    static func pieces(_ bytes: [UInt8], size: Int) -> [[UInt8]] {
        stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
    }

    /// One chunk, then a keep-alive comment every 10 ms until the client closes the connection.
    static let firstChunkThenKeepAlives = ScriptedReply.rawStream([event(chunkJSON(content: "Satu"))])
        .keepingAlive(every: .milliseconds(10))

    /// One `data:` event.
    static func event(_ data: String) -> String {
        "data: \(data)\n\n"
    }

    /// A chunk of choice 0.
    static func chunkJSON(content: String? = nil, finish: String? = nil) -> String {
        let delta = try! JSONEncoder().encode(ChatCompletionChunk.Delta(content: content))
        let reason = finish.map { "\"\($0)\"" } ?? "null"
        return #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":"#
            + String(decoding: delta, as: UTF8.self) + #","finish_reason":\#(reason)}]}"#
    }
}

import Foundation
import Testing

@testable import Neosantara

/// The fast decoders and encoders of the hot paths must give exactly what `JSONDecoder` and `JSONEncoder`
/// give, or give up.
@Suite("Fast decoding and encoding")
struct FastDecodingTests {
    /// The chunk `JSONDecoder` decodes from `json`, or `nil` when it throws.
    private static func decoded(_ json: String) -> ChatCompletionChunk? {
        try? JSONDecoder().decode(ChatCompletionChunk.self, from: Data(json.utf8))
    }

    private static func fast(_ json: String) -> ChatCompletionChunk? {
        var json = json
        return json.withUTF8 { ChatCompletionChunk.decodeCommonShape(UnsafeRawBufferPointer($0)) }
    }

    @Test("Every chunk of every recorded stream decodes as JSONDecoder decodes it, text chunks on the fast path")
    func recordedStreams() throws {
        var fastCount = 0
        for path in try StreamingFixtures.allStreams() {
            var parser = ServerSentEventParser()
            let events = try parser.parse(Array(Fixtures.data(path))) + [parser.finish()].compactMap(\.self)
            for event in events where event.data.hasPrefix("{") {
                guard let fast = Self.fast(event.data) else { continue }
                #expect(fast == Self.decoded(event.data), "\(path): \(event.data)")
                fastCount += 1
            }
        }
        #expect(fastCount > 50, "text chunks take the fast path")
    }

    @Test(
        "Chunks of the common shape decode as JSONDecoder decodes them",
        arguments: [
            #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}"#,
            #"{"id":"c1","choices":[{"index":1,"delta":{"content":"Halo \"dunia\"\n\t\\ \/ \u00e9 \ud83d\ude00 caf\u00E9"},"finish_reason":"stop"}]}"#,
            #" { "id" : null , "choices" : [ { "delta" : null } ] , "usage" : null , "_metadata" : null } "#,
            #"{"choices":[{"delta":{"reasoning_content":"Hmm","refusal":null,"tool_calls":null}}],"system_fingerprint":"fp","service_tier":"default"}"#,
            #"{"id":"c1","unknown":{"nested":[1,-2.5e3,true,false,null,"x",{"a":[]}]},"choices":[],"created":-7}"#,
            #"{"choices":null}"#, #"{}"#,
            #"{"choices":[{"index":0,"delta":{"content":"Jakarta ✓ 雅加达"},"native_finish_reason":"stop"}]}"#,
            #"{"choices":[{"delta":{"role":"tool_runner"},"finish_reason":"provider_specific"}]}"#,
            #"{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{"}}]}}]}"#,
            #"{"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"prompt_tokens_details":{"cached_tokens":1},"completion_tokens_details":{"reasoning_tokens":2,"audio_tokens":null}}}"#,
            #"{"choices":[{"delta":{},"logprobs":{"content":[{"token":"a","logprob":-0.5}]}}]}"#,
            #"{"choices":[],"_metadata":{"creator":"neosantara","status":true,"timestamp":"2025-06-20T10:00:00.123Z","processing_time":0.25}}"#,
        ])
    func commonShape(_ json: String) throws {
        let fast = try #require(Self.fast(json), "takes the fast path")
        #expect(fast == Self.decoded(json))
    }

    @Test(
        "Anything else is left to JSONDecoder",
        arguments: [
            #"{"id":"a","id":"b","choices":[]}"#,  // JSONDecoder keeps the first of two keys
            #"{"created":1.0,"choices":[]}"#, #"{"created":-0,"choices":[]}"#, #"{"created":01,"choices":[]}"#,
            #"{"created":99999999999999999999,"choices":[]}"#,
            #"{"choices":[{"delta":{"content":"\ud800"}}]}"#, #"{"choices":[{"delta":{"content":"\x"}}]}"#,
            "{\"choices\":[{\"delta\":{\"content\":\"tab\tinside\"}}]}",
            #"{"choices":[{"delta":{"tool_calls":[{"index":"zero"}]}}]}"#,
            #"{"choices":[],"usage":{"prompt_tokens":1.5}}"#, #"{"choices":[]} x"#, #"{"choices":["#,
            #"[]"#,
            #"{"choices":[],"x":"# + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}",
            #"{"choices":[],"x":tru}"#, #"{"choices":[],"x":1.}"#, #"{"choices":[],"x":-}"#, #"{"choices":[],}"#,
        ])
    func otherShapes(_ json: String) {
        #expect(Self.fast(json) == nil)
    }

    private static func decodedResponse(_ json: String) -> ChatCompletionsResponse? {
        try? JSONDecoder().decode(ChatCompletionsResponse.self, from: Data(json.utf8))
    }

    private static func fastResponse(_ json: String) -> ChatCompletionsResponse? {
        var json = json
        return json.withUTF8 { ChatCompletionsResponse.decodeCommonShape(UnsafeRawBufferPointer($0)) }
    }

    @Test("Every recorded chat completion decodes as JSONDecoder decodes it, on the fast path")
    func recordedResponses() throws {
        let names = try StreamingFixtures.streamsWithResponses()
        #expect(names.count > 5)
        for name in names {
            let json = String(decoding: try Fixtures.data("streams/\(name).response.json"), as: UTF8.self)
            let fast = try #require(Self.fastResponse(json), "\(name)")
            #expect(fast == Self.decodedResponse(json), "\(name)")
        }
    }

    @Test(
        "Chat completions decode as JSONDecoder decodes them",
        arguments: [
            #"{"id":"chatcmpl-1","object":"chat.completion","created":1750400000,"model":"nusantara-base","system_fingerprint":"fp","choices":[{"index":0,"message":{"role":"assistant","content":"Jakarta."},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":19,"total_tokens":31}}"#,
            #"{"choices":[{"message":{"content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"cuaca","arguments":"{\"kota\":\"Bandung\"}"}}]},"finish_reason":"tool_calls"}]}"#,
            #"{"choices":[{"message":{"role":null,"content":[{"type":"text","text":"Halo"},{"type":"text","text":" dunia"}],"name":"bot","refusal":"no","reasoning_content":"r"}}],"service_tier":"default"}"#,
            #"{"choices":[{"message":null,"logprobs":{"content":[]}}],"_metadata":{"creator":"neosantara","timestamp":"2025-06-20T10:00:00Z","tier":"free"},"usage":null}"#,
            #"{"object":"chat.completion"}"#,
        ])
    func responseShapes(_ json: String) throws {
        let fast = try #require(Self.fastResponse(json), "takes the fast path")
        #expect(fast == Self.decodedResponse(json))
    }

    @Test(
        "Chat completions the fast path does not handle are left to JSONDecoder",
        arguments: [
            #"{"choices":[{"message":{"content":42}}]}"#, #"{"choices":[{"message":{"role":1}}]}"#,
            #"{"choices":[],"choices":[]}"#, #"{"choices":[{"index":0.5}]}"#, #"{"_metadata":{"status":"yes"}}"#,
            #"{"usage":{"prompt_tokens_details":{"cached_tokens":"1"}}}"#,
        ])
    func responseOtherShapes(_ json: String) {
        #expect(Self.fastResponse(json) == nil)
    }

    @Test("Invalid UTF-8 in a string is left to JSONDecoder")
    func invalidUTF8() {
        let bytes: [UInt8] = Array(#"{"choices":[{"delta":{"content":""#.utf8) + [0xFF] + Array(#""}}]}"#.utf8)
        let fast = bytes.withUnsafeBytes { ChatCompletionChunk.decodeCommonShape($0) }
        #expect(fast == nil)
    }

    /// Requests that exercise every field the fast encoder writes, and the parts it hands to `JSONEncoder`.
    static let requests: [ChatCompletionsRequest] = {
        var full = ChatCompletionsRequest(
            model: "nusantara-base",
            messages: [
                .system("Kamu asisten.\n\t\"Kutip\" \\ a/b \u{1} \u{7f} é 😀 \u{2028}"),
                .user("Apa ibu kota Indonesia?"),
                .user([.text("Lihat"), .image(url: "https://example.com/a.png")]),
                .assistant("Jakarta."), .tool("{\"suhu\":30}", toolCallID: "call_1"),
            ],
            temperature: 0.7, maxTokens: 64)
        full.topP = 1.0
        full.n = 2
        full.stop = .multiple(["\n", "END"])
        full.maxCompletionTokens = 100
        full.stream = true
        full.streamOptions = StreamOptions(includeUsage: true)
        full.presencePenalty = -0.5
        full.frequencyPenalty = 1e-5
        full.seed = -42
        full.user = "user-1"
        full.logprobs = true
        full.topLogprobs = 3
        full.logitBias = ["50256": -100]
        full.responseFormat = .jsonObject
        full.parallelToolCalls = false
        full.reasoningEffort = .high
        full.metadata = ["a": "b"]
        full.topK = 40
        full.minP = 0.05
        full.repetitionPenalty = 1.1
        var message = ChatMessage.assistant("")
        message.content = nil
        message.toolCalls = [ToolCall(id: "call_1", function: .init(name: "cuaca", arguments: #"{"kota":"Bandung"}"#))]
        message.name = "bot"
        message.reasoningContent = "hmm"
        message.refusal = "no"
        full.messages.append(message)
        return [ChatCompletionsRequest(model: "m", messages: []), full]
    }()

    @Test("Requests encode to the JSON JSONEncoder writes", arguments: requests.indices)
    func requestJSON(_ index: Int) throws {
        let request = Self.requests[index]
        let fast = try #require(request.encodeCommonShape())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let expected = try encoder.encode(request)
        #expect(
            try JSONDecoder().decode(JSONValue.self, from: fast) == JSONDecoder().decode(JSONValue.self, from: expected)
        )
        #expect(fast.count == expected.count, "the same text, keys perhaps in another order")
    }

    @Test("Requests with an extra body or a number JSON cannot hold are left to JSONEncoder")
    func requestOtherShapes() {
        var extra = ChatCompletionsRequest(model: "m", messages: [.user("x")])
        extra.extraBody = ["temperature": 1]
        #expect(extra.encodeCommonShape() == nil)
        let infinite = ChatCompletionsRequest(model: "m", messages: [.user("x")], temperature: .infinity)
        #expect(infinite.encodeCommonShape() == nil)
    }
}

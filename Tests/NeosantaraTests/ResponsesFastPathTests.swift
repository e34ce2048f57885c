import Foundation
import Testing

@testable import Neosantara

/// The fast paths of the Responses API — the decoder of text events, the request writer — must give exactly
/// what `JSONDecoder` and `JSONEncoder` give, or give up.
@Suite("Responses fast paths")
struct ResponsesFastPathTests {
    private static func decoded(_ json: String) -> ResponseStreamEvent? {
        try? JSONDecoder().decode(ResponseStreamEvent.self, from: Data(json.utf8))
    }

    private static func fast(_ json: String) -> ResponseStreamEvent? {
        var json = json
        return json.withUTF8 { ResponseStreamEvent.decodeCommonShape(UnsafeRawBufferPointer($0)) }
    }

    /// The events of a recorded stream.
    private static func events(_ fixture: String) throws -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        let events = try parser.parse(Array(Fixtures.data(fixture))) + [parser.finish()].compactMap(\.self)
        return events.filter { $0.data.hasPrefix("{") }
    }

    @Test("Every event of a stream of text decodes on the fast path, as JSONDecoder decodes it")
    func recordedTextStream() throws {
        let events = try Self.events("responses/stream_text.sse")
        #expect(events.count == 26)
        for event in events {
            let fast = try #require(Self.fast(event.data), "\(event.data)")
            #expect(fast == Self.decoded(event.data), "\(event.data)")
        }
    }

    @Test("In a stream with reasoning and function calls, what the fast path takes decodes as JSONDecoder decodes it")
    func recordedMixedStream() throws {
        var fastTypes: Set<String> = []
        for event in try Self.events("responses/stream_basic.sse") {
            guard let fast = Self.fast(event.data) else {
                #expect(!event.data.contains(#""delta":"#), "a delta event takes the fast path: \(event.data)")
                continue
            }
            #expect(fast == Self.decoded(event.data), "\(event.data)")
            fastTypes.insert(fast.type)
        }
        #expect(
            fastTypes.isSuperset(of: [
                "response.created", "response.in_progress", "response.output_text.delta",
                "response.function_call_arguments.delta", "response.reasoning_summary_text.delta",
                "response.content_part.added",
            ]))
        #expect(!fastTypes.contains("response.completed"), "a response with a function call is JSONDecoder's")
    }

    @Test(
        "Common events of every shape decode as JSONDecoder decodes them",
        arguments: [
            #"{"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Halo \"dunia\"\n é 😀","logprobs":[]}"#,
            #"{"delta":"x","content_index":2,"output_index":1,"type":"response.output_text.delta"}"#,
            #"{"type":"response.output_text.done","item_id":null,"output_index":0,"content_index":null,"text":"Halo"}"#,
            #"{"type":"response.refusal.delta","output_index":0,"content_index":1,"delta":"Maaf"}"#,
            #"{"type":"response.refusal.done","item_id":"m","output_index":0,"content_index":1,"refusal":"Maaf."}"#,
            #"{"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":2,"delta":"{\"kota\":"}"#,
            #"{"type":"response.function_call_arguments.done","item_id":"fc_1","output_index":2,"arguments":"{}"}"#,
            #"{"type":"response.reasoning_summary_text.delta","item_id":"rs","output_index":0,"summary_index":1,"content_index":9,"delta":"Hmm"}"#,
            #"{"type":"response.reasoning_summary_text.done","item_id":"rs","output_index":0,"summary_index":0,"text":"Hmm."}"#,
            #"{"type":"response.output_text.delta","output_index":0,"delta":"","obfuscation":"abc","extra":{"nested":[1,null]}}"#,
            #"{"type":"response.output_item.added","output_index":1,"item":{"id":"m","type":"message","status":null,"role":"assistant","content":[]}}"#,
            #"{"type":"response.output_item.done","output_index":0,"item":{"type":"message","id":"m","role":"critic","content":[{"type":"refusal","refusal":"Tidak."},{"type":"output_text","text":"x","annotations":null}]}}"#,
            #"{"type":"response.content_part.done","output_index":0,"content_index":1,"part":{"type":"output_text","text":"Lihat","annotations":[{"type":"url_citation","url":"https://example.com","start_index":0,"end_index":5,"title":"t"}]}}"#,
            #"{"type":"response.failed","sequence_number":9,"response":{"id":"r","status":"failed","error":{"code":"server_error","message":"boom"},"output":null,"usage":null}}"#,
            #"{"type":"response.incomplete","response":{"id":"r","object":null,"created_at":-5,"incomplete_details":{"reason":"max_output_tokens"},"background":false,"store":true,"temperature":0.7,"metadata":{"a":"b"},"tools":[{"type":"web_search"}],"text":{"format":{"type":"json_object"}}}}"#,
            #"{"type":"response.completed","response":{"id":"r","max_output_tokens":5,"temperature":1e0,"usage":{"prompt_tokens":3,"completion_tokens":4,"input_tokens_details":null,"output_tokens_details":{"reasoning_tokens":2,"cached_tokens":9}}}}"#,
            #"{"type":"response.queued","response":{"id":"r","usage":{"input_tokens":1,"input_tokens_details":{"cached_tokens":1},"total_tokens":null}}}"#,
            #"{"type":"response.created","response":{"id":"r","text":{"format":{"type":"text","extra":1},"verbosity":"low"}}}"#,
            #"{"type":"response.created","response":{"id":"r","text":{"format":null,"verbosity":null}}}"#,
            #"{"type":"response.created","response":{"id":"r","created_at":9007199254740993}}"#,
        ])
    func commonEvents(_ json: String) throws {
        let fast = try #require(Self.fast(json), "takes the fast path")
        #expect(fast == Self.decoded(json))
    }

    @Test(
        "Other events and shapes are left to JSONDecoder",
        arguments: [
            #"{"type":"response.created","response":{"id":"r","output":[{"type":"function_call","call_id":"c","name":"f","arguments":"{}"}]}}"#,
            #"{"type":"response.created","response":{"status":"queued"}}"#,  // no id: JSONDecoder throws
            #"{"type":"response.created","response":{"id":"r","created_at":1.5}}"#,
            #"{"type":"response.created","response":{"id":"r","temperature":1e400}}"#,
            #"{"type":"response.created","response":{"id":"r","store":"yes"}}"#,
            #"{"type":"response.created","response":{"id":"r","text":{"format":{"type":"json_schema","name":"n","schema":{}}}}}"#,
            #"{"type":"response.created","response":{"id":"r","text":{"format":{"type":null}}}}"#,
            #"{"type":"response.output_item.added","output_index":0,"item":{"type":"message","content":[]}}"#,
            #"{"type":"response.output_item.added","output_index":0,"item":{"id":"m","role":"assistant","content":[]}}"#,
            #"{"type":"response.content_part.added","output_index":0,"part":{"type":"image","url":"x"}}"#,
            #"{"type":"response.content_part.added","output_index":0,"part":{"type":"output_text"}}"#,
            #"{"type":"error","code":"server_error","message":"boom"}"#,
            #"{"type":"response.future_event","output_index":0,"delta":"x"}"#,
            #"{"type":"response.output_text.delta","output_index":0}"#,  // no delta: JSONDecoder throws
            #"{"type":"response.output_text.delta","delta":"x"}"#,  // no output_index: JSONDecoder throws
            #"{"type":"response.output_text.delta","output_index":0,"delta":null}"#,
            #"{"type":"response.output_text.delta","output_index":0.5,"delta":"x"}"#,
            #"{"type":"response.output_text.delta","output_index":0,"delta":"a","delta":"b"}"#,
            #"{"type":"response.output_text.delta","output_index":0,"delta":"x"} trailing"#,
            #"{"type":"response.output_text.done","output_index":0,"delta":"x"}"#,  // a done event has text
        ])
    func otherShapes(_ json: String) {
        #expect(Self.fast(json) == nil)
    }

    @Test("Requests encode to the JSON JSONEncoder writes: a string input, typed items, every field")
    func requestJSON() throws {
        var full = try JSONDecoder().decode(
            ResponsesRequest.self, from: Fixtures.data("responses/request_every_field.json"))
        full.extraBody = [:]
        var plain = ResponsesRequest(model: "nusantara-base", input: "Tulis pantun \"kopi\" ☕\n")
        plain.stream = true
        plain.temperature = 0.7
        for request in [plain, full, ResponsesRequest(model: "m")] {
            let fast = try #require(request.encodeCommonShape())
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            let expected = try encoder.encode(request)
            #expect(
                try JSONDecoder().decode(JSONValue.self, from: fast)
                    == JSONDecoder().decode(JSONValue.self, from: expected))
            #expect(fast.count == expected.count, "the same text, keys perhaps in another order")
        }
    }

    @Test("Requests with an extra body or a number JSON cannot hold are left to JSONEncoder")
    func requestOtherShapes() {
        var extra = ResponsesRequest(model: "m", input: "x")
        extra.extraBody = ["service_tier": "flex"]
        #expect(extra.encodeCommonShape() == nil)
        var infinite = ResponsesRequest(model: "m", input: "x")
        infinite.topP = .nan
        #expect(infinite.encodeCommonShape() == nil)
    }
}

import Foundation
import HTTPTypes
import Testing

@testable import Neosantara

@Suite("Pure parts")
struct UnitTests {
    @Test("Open values accept any string and compare with the known ones")
    func openValues() throws {
        let reasons = try JSONDecoder().decode(
            [FinishReason].self,
            from: Data(#"["stop","length","tool_calls","function_call","content_filter","eos"]"#.utf8))
        #expect(reasons == [.stop, .length, .toolCalls, .functionCall, .contentFilter, FinishReason(rawValue: "eos")])
        #expect(try encodedJSON(reasons) == ["stop", "length", "tool_calls", "function_call", "content_filter", "eos"])
        #expect(Role.developer.description == "developer")
        #expect(ReasoningEffort.xhigh.rawValue == "xhigh")
    }

    @Test("JSONValue keeps integers and doubles apart and reads with literals")
    func jsonValue() throws {
        let value = try JSONDecoder().decode(
            JSONValue.self, from: Data(#"{"i":9007199254740993,"d":0.5,"b":false,"n":null,"a":[1,"x"]}"#.utf8))
        #expect(value["i"] == .int(9_007_199_254_740_993))
        #expect(value["d"] == .double(0.5))
        #expect(value["b"]?.boolValue == false)
        #expect(value["n"]?.isNull == true)
        #expect(value["a"] == [1, "x"])
        #expect(value.description == #"{"a":[1,"x"],"b":false,"d":0.5,"i":9007199254740993,"n":null}"#)
    }

    @Test("Base64 embeddings decode little-endian floats; bad base64 is a decoding error")
    func base64Embeddings() throws {
        let floats: [Float] = [1, -2.5, .pi, 0]
        let bytes = floats.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) }
        #expect(Embedding.decodeBase64(Data(bytes).base64EncodedString()) == floats)
        #expect(Embedding.decodeBase64("AAA") == nil)
        #expect(Embedding.decodeBase64(Data([1, 2, 3]).base64EncodedString()) == nil)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Embedding.self, from: Data(#"{"index":0,"embedding":"not base64!"}"#.utf8))
        }
    }

    @Test("retry-after is read from milliseconds, seconds and HTTP dates")
    func retryAfter() {
        let now = Date(timeIntervalSince1970: 1_445_412_470)
        #expect(RetryAfter.parse([HTTPField.Name("retry-after-ms")!: "1500"], now: now) == .milliseconds(1500))
        #expect(RetryAfter.parse([HTTPField.Name("retry-after")!: "2"], now: now) == .seconds(2))
        #expect(
            RetryAfter.parse([HTTPField.Name("retry-after")!: "Wed, 21 Oct 2015 07:28:00 GMT"], now: now)
                == .seconds(10))
        #expect(RetryAfter.parse([HTTPField.Name("retry-after")!: "soon"], now: now) == nil)
        #expect(RetryAfter.parse([:], now: now) == nil)
    }

    @Test("Path segments escape everything but unreserved characters")
    func pathSegments() {
        #expect(Route.segment("nusantara-base") == "nusantara-base")
        #expect(Route.segment("org/model v1.5~") == "org%2Fmodel%20v1.5~")
        #expect(Route.segment("kopi☕") == "kopi%E2%98%95")
    }

    @Test("Message constructors build the wire messages")
    func messageConstructors() throws {
        #expect(
            try encodedJSON(ChatMessage.tool("42", toolCallID: "call_1")) == [
                "role": "tool", "content": "42", "tool_call_id": "call_1",
            ])
        #expect(
            try encodedJSON(ChatMessage.assistant(nil, toolCalls: [])) == [
                "role": "assistant", "content": nil, "tool_calls": [],
            ])
        let reply = ChatCompletionMessage(content: "Halo", reasoningContent: "r")
        #expect(ChatMessage(reply) == ChatMessage(role: .assistant, content: "Halo", reasoningContent: "r"))
    }

    @Test("The key never shows in descriptions or dumps of the key, configuration or client")
    func keyIsRedacted() {
        let key = APIKey("nsk_secret_value_123")
        let configuration = NeosantaraClient.Configuration(apiKey: key, baseURL: URL(string: "http://127.0.0.1/v1")!)
        let client = NeosantaraClient(configuration: configuration)
        var texts = ["\(key)", String(reflecting: key), "\(client)", String(reflecting: client)]
        for value in [key as Any, configuration, client] {
            var dumped = ""
            dump(value, to: &dumped)
            texts.append(dumped)
        }
        for text in texts {
            #expect(!text.contains("nsk_secret_value_123"), "\(text)")
        }
    }
}

import Foundation
import PropertyBased
import Testing

@testable import Neosantara

extension PropertyTests {
    /// Laws of the hand-written JSON paths: on valid JSON of any value, the byte reader either gives up or
    /// decodes exactly what `JSONDecoder` decodes, and the byte writer's request decodes to the request
    /// `JSONEncoder`'s output decodes to.
    @Suite("Properties: the fast JSON paths agree with Foundation's coders")
    struct FastPathProperties {
        /// The text forms a server may send the same value in: compact, pretty-printed, with sorted keys.
        static func encodings(of value: some Encodable) throws -> [Data] {
            let formattings: [JSONEncoder.OutputFormatting] = [
                [], [.prettyPrinted], [.sortedKeys, .withoutEscapingSlashes],
            ]
            return try formattings.map { formatting in
                let encoder = JSONEncoder()
                encoder.outputFormatting = formatting
                return try encoder.encode(value)
            }
        }

        /// Checks that `fast` agrees with `JSONDecoder` on every encoding of `value`; returns how many
        /// encodings the fast path decoded.
        static func agree<Value: Decodable & Encodable & Equatable>(
            _ value: Value, _ fast: (UnsafeRawBufferPointer) -> Value?
        ) throws -> Int {
            var decodedFast = 0
            for data in try encodings(of: value) {
                let expected = try JSONDecoder().decode(Value.self, from: data)
                guard let result = data.withUnsafeBytes(fast) else { continue }
                decodedFast += 1
                #expect(result == expected, "\(String(decoding: data, as: UTF8.self))")
            }
            return decodedFast
        }

        /// Checks that the fast writer's `fast` JSON holds the same value as `JSONEncoder`'s `foundation`.
        static func expectSameJSON(_ fast: Data, _ foundation: Data) throws {
            #expect(
                try JSONDecoder().decode(JSONValue.self, from: fast)
                    == JSONDecoder().decode(JSONValue.self, from: foundation),
                "\(String(decoding: fast, as: UTF8.self))")
        }

        @Test("Chat completions: the reader gives up or agrees with JSONDecoder (200 values, 3 encodings each)")
        func chatCompletions() async {
            var decodedFast = 0
            await checkProperty(count: 200, input: drawing { $0.chatCompletion() }) { completion in
                decodedFast += try Self.agree(completion, ChatCompletionsResponse.decodeCommonShape)
            }
            #expect(decodedFast > 0, "some completions take the fast path")
        }

        @Test("Stream chunks: the reader gives up or agrees with JSONDecoder (200 values, 3 encodings each)")
        func chunks() async {
            var decodedFast = 0
            await checkProperty(count: 200, input: drawing { $0.chatChunk() }) { chunk in
                decodedFast += try Self.agree(chunk, ChatCompletionChunk.decodeCommonShape)
            }
            #expect(decodedFast > 0, "some chunks take the fast path")
        }

        @Test("Usage: the reader gives up or agrees with JSONDecoder (300 values, 3 encodings each)")
        func usage() async {
            var decodedFast = 0
            await checkProperty(count: 300, input: drawing { $0.usage() }) { usage in
                decodedFast += try Self.agree(usage, { JSONByteReader.readWhole($0, with: Usage.decodeCommonShape) })
            }
            #expect(decodedFast > 0, "usage takes the fast path")
        }

        @Test("Responses: the reader gives up or agrees with JSONDecoder (200 values, 3 encodings each)")
        func responses() async {
            var decodedFast = 0
            await checkProperty(count: 200, input: drawing { $0.response() }) { response in
                decodedFast += try Self.agree(
                    response, { JSONByteReader.readWhole($0, with: Response.decodeCommonShape) })
            }
            #expect(decodedFast > 0, "some responses take the fast path")
        }

        @Test("Responses stream events: the reader gives up or agrees with JSONDecoder (400 values, 3 encodings each)")
        func responseStreamEvents() async {
            var decodedFast = 0
            await checkProperty(count: 400, input: drawing { $0.responseStreamEvent() }) { event in
                decodedFast += try Self.agree(event, ResponseStreamEvent.decodeCommonShape)
            }
            #expect(decodedFast > 0, "some events take the fast path")
        }

        @Test("Responses requests: the writer's JSON decodes to what JSONEncoder's decodes to (300 values)")
        func responsesRequests() async {
            var encodedFast = 0
            await checkProperty(count: 300, input: drawing { $0.responsesRequest() }) { request in
                guard let fast = request.encodeCommonShape() else { return }
                encodedFast += 1
                try Self.expectSameJSON(fast, JSONEncoder().encode(request))
            }
            #expect(encodedFast > 0, "some requests take the fast path")
        }

        @Test("Requests: the writer's JSON decodes to what JSONEncoder's decodes to (300 values)")
        func requests() async {
            var encodedFast = 0
            await checkProperty(count: 300, input: drawing { $0.chatRequest() }) { request in
                guard let fast = request.encodeCommonShape() else { return }
                encodedFast += 1
                let foundation = try JSONEncoder().encode(request)
                let text = String(decoding: fast, as: UTF8.self)
                #expect(
                    try JSONDecoder().decode(ChatCompletionsRequest.self, from: fast)
                        == JSONDecoder().decode(ChatCompletionsRequest.self, from: foundation), "\(text)")
                try Self.expectSameJSON(fast, foundation)
            }
            #expect(encodedFast > 0, "some requests take the fast path")
        }
    }
}

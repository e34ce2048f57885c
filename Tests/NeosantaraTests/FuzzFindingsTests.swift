import Foundation
import Testing

@testable import Neosantara

/// The inputs the fuzz targets (Fuzz/, see Fuzz/README.md) found, each pinned with the input that showed it, and
/// the faults found while writing those targets, in the code they exercise.
@Suite("Inputs the fuzz targets found")
struct FuzzFindingsTests {
    /// The events a parser with `limit` returns for `pieces` and `finish()`, or `nil` once it throws.
    static func events(_ pieces: [[UInt8]], limit: Int) -> [ServerSentEvent]? {
        var parser = ServerSentEventParser(maximumEventSize: limit)
        var events: [ServerSentEvent] = []
        for piece in pieces {
            guard let more = try? parser.parse(piece) else { return nil }
            events += more
        }
        return events + (parser.finish().map { [$0] } ?? [])
    }

    @Test("The event-size limit counts a whole line however the pieces cut it, not only a line left unfinished")
    func eventLimitWholeLines() throws {
        // ServerSentEvents found it: a 250-byte line that is not `data:`, limit 64, cut after 116 bytes. Whole,
        // the line passed; cut, its first 116 bytes were over the limit.
        let stream = try #require(
            Data(
                base64Encoded: "AAJRIiwiY29udGVudCI6IlRlcmltYSJ9LCJmYXQuY29tcGxldGlvbi5jaHVuayIsImNyZWF0ZWQiOjE3NTA0"
                    + "MDAwMDAsIm1vZGVsIjoibnVzYW50YXJhLWJhc2UiLCJjaG9pY2VzIjpbeyJpbmRleCI6MCwiZGVsdGEiOnsicm9sZSI6Ii"
                    + "wibW9kZWwiOiJudXNhbnRhcmEtYmFzZSIsImNob2ljZXMiOlt7ImluZGV4IjowLCJkZWx0YSI6eyJyb2xlIjoiYXNzaXN0"
                    + "YW50IiwiY29udGVudCI6IiBrYXNpaCJ9LCJmaW5pc2hfcmVhc29uIjpudWxsfV19DQoNCmRhdGE6IHsiaWQiOiJjaGF0Y2"
                    + "1wbC02ZjNhIiwib251c2Fu"))
        let bytes = Array(stream)
        #expect(Self.events([bytes], limit: 64) == nil)
        #expect(Self.events([Array(bytes[..<116]), Array(bytes[116...])], limit: 64) == nil)
        let comment = Array(": a comment longer than sixteen bytes\ndata: a\n\n".utf8)
        #expect(Self.events([comment], limit: 16) == nil)
        #expect(Self.events([Array(comment[..<5]), Array(comment[5...])], limit: 16) == nil)
        let fits = Array(": short\ndata: a\n\n".utf8)
        #expect(Self.events([fits], limit: 16) == [ServerSentEvent(data: "a")])
        #expect(Self.events(fits.map { [$0] }, limit: 16) == [ServerSentEvent(data: "a")])
    }

    @Test("The fast readers give way to JSONDecoder on a key that is not ASCII, valid UTF-8 or not")
    func nonASCIIKeys() throws {
        // FastDecoding found it: an unknown key with the byte 0x91, which the reader skipped while JSONDecoder
        // rejects the document as invalid UTF-8.
        let invalid =
            Array(
                #"{"input_tokens": 12, "input_tokens_details": {"cached_token?": 0}, "output_tokens": 21, "#.utf8)
            + Array(#""output_tokens_details": {"reasoning_tokens": 3}, "total_tokens": 32}"#.utf8)
        var bytes = invalid
        bytes[bytes.firstIndex(of: UInt8(ascii: "?"))!] = 0x91
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ResponseUsage.self, from: Data(bytes)) }
        let fast = bytes.withUnsafeBytes { json in
            var reader = JSONByteReader(json)
            return try? ResponseUsage.decodeCommonShape(&reader)
        }
        #expect(fast == nil)
        let valid = Data(#"{"id":"c","choices":[],"é":1}"#.utf8)
        #expect(valid.withUnsafeBytes { ChatCompletionsResponse.decodeCommonShape($0) } == nil)
        #expect(try JSONDecoder().decode(ChatCompletionsResponse.self, from: valid).id == "c")
    }

    @Test("A webhook timestamp near Int.min is stale, not a trap when the message prints its age")
    func webhookAgePastIntMax() {
        // Found while writing the Webhooks target: `Int(age)` in the message trapped for ages past `Int.max`.
        let webhooks = Webhooks(secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") {
            Date(timeIntervalSince1970: 1_750_000_000)
        }
        for (timestamp, failure) in [
            (String(Int.min), NeosantaraError.WebhookFailure.staleTimestamp), (String(Int.max), .futureTimestamp),
        ] {
            let headers = ["webhook-id": "msg_1", "webhook-timestamp": timestamp, "webhook-signature": "v1,AAAA"]
            do {
                try webhooks.verify(payload: Data("{}".utf8), headers: headers)
                Issue.record("a delivery dated \(timestamp) verified")
            } catch {
                #expect(error.webhookFailure == failure)
                #expect(error.message.contains("e+18"), "\(error.message)")
            }
        }
    }

    @Test("The multipart writer encodes a quote that a combining mark follows, which is one Character with it")
    func multipartQuoteWithCombiningMark() {
        // Found while writing the Multipart target: the writer compared `Character`s with `"`.
        #expect(MultipartForm.escaped("a\"\u{301}b") == "a%22\u{301}b")
        #expect(MultipartForm.escaped("\r\n\"") == "%0D%0A%22")
        #expect(MultipartForm.escaped("\n\u{301}") == "%0A\u{301}")
    }

    @Test("A Messages block at a negative index is ignored, not a trap")
    func messageBlockAtNegativeIndex() throws {
        // Found while writing the EventStreams target: `index < content.count` let -1 through to the subscript.
        let event = try JSONDecoder().decode(
            MessageStreamEvent.self,
            from: Data(#"{"type":"content_block_start","index":-1,"content_block":{"type":"text","text":"a"}}"#.utf8))
        var accumulator = MessageAccumulator()
        accumulator.add(event)
        #expect(accumulator.message.content.isEmpty)
    }

    @Test("A Responses event far past the last item, part or summary is ignored instead of filling the gap")
    func responseIndexFarAhead() throws {
        // Found while writing the EventStreams target: one event with an index of a billion made the accumulator
        // append a billion placeholders.
        func event(_ json: String) throws -> ResponseStreamEvent {
            try JSONDecoder().decode(ResponseStreamEvent.self, from: Data(json.utf8))
        }
        let item = #"{"type":"message","id":"m","role":"assistant","status":"in_progress","content":[]}"#
        var accumulator = ResponseAccumulator()
        accumulator.add(try event(#"{"type":"response.output_item.added","output_index":1000000000,"item":\#(item)}"#))
        #expect(accumulator.response.output.isEmpty)
        accumulator.add(try event(#"{"type":"response.output_item.added","output_index":2,"item":\#(item)}"#))
        #expect(accumulator.response.output.count == 3)
        accumulator.add(
            try event(
                #"{"type":"response.output_text.delta","item_id":"m","output_index":2,"content_index":1000000000,"#
                    + #""delta":"x"}"#))
        accumulator.add(
            try event(
                #"{"type":"response.output_text.delta","item_id":"m","output_index":2,"content_index":1,"delta":"y"}"#))
        guard case .message(let message) = accumulator.response.output[2] else {
            Issue.record("no message at 2: \(accumulator.response.output)")
            return
        }
        #expect(message.content.count == 2)
        #expect(message.text == "y")
    }
}

import Foundation
import Testing

@testable import Neosantara

/// The server-sent-events parser on its own: the WHATWG rules, and every recorded stream split every way.
@Suite("Server-sent-event parser")
struct ServerSentEventParserTests {
    /// Parses `pieces` in order and ends the stream.
    static func parse(_ pieces: [[UInt8]], maximumEventSize: Int = 1 << 20) throws -> [ServerSentEvent] {
        var parser = ServerSentEventParser(maximumEventSize: maximumEventSize)
        var events: [ServerSentEvent] = []
        for piece in pieces {
            events += try parser.parse(piece)
        }
        if let last = parser.finish() {
            events.append(last)
        }
        return events
    }

    static func parse(_ text: String) throws -> [ServerSentEvent] {
        try parse([Array(text.utf8)])
    }

    @Test("The fixtures are all there")
    func fixturesExist() throws {
        let streams = try StreamingFixtures.allStreams()
        #expect(streams.contains("examples/chat_stream_sample.sse"))
        #expect(streams.count == 14)
    }

    @Test(
        "Every stream gives the same events split at every byte offset", arguments: try StreamingFixtures.allStreams())
    func everySplit(_ path: String) throws {
        let bytes = Array(try Fixtures.data(path))
        let whole = try Self.parse([bytes])
        #expect(whole.count >= 2)
        #expect(whole.last?.data == "[DONE]" || path.contains("error"))
        for offset in 0...bytes.count {
            let split = try Self.parse([Array(bytes[..<offset]), Array(bytes[offset...])])
            #expect(split == whole, "split at byte \(offset)")
        }
    }

    @Test("Every stream gives the same events one byte at a time", arguments: try StreamingFixtures.allStreams())
    func byteByByte(_ path: String) throws {
        let bytes = Array(try Fixtures.data(path))
        #expect(try Self.parse(bytes.map { [$0] }) == Self.parse([bytes]))
    }

    @Test("Every stream gives the same events in pieces of 2 to 7 bytes", arguments: try StreamingFixtures.allStreams())
    func smallPieces(_ path: String) throws {
        let bytes = Array(try Fixtures.data(path))
        let whole = try Self.parse([bytes])
        for size in 2...7 {
            let pieces = stride(from: 0, to: bytes.count, by: size).map {
                Array(bytes[$0..<min($0 + size, bytes.count)])
            }
            #expect(try Self.parse(pieces) == whole, "pieces of \(size) bytes")
        }
    }

    @Test("Line ends: LF, CR and CRLF read alike, and the streams agree")
    func lineEnds() throws {
        let expected = [ServerSentEvent(data: "a\nb"), ServerSentEvent(data: "c")]
        #expect(try Self.parse("data: a\ndata: b\n\ndata: c\n\n") == expected)
        #expect(try Self.parse("data: a\rdata: b\r\rdata: c\r\r") == expected)
        #expect(try Self.parse("data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n") == expected)
        #expect(try Self.parse("data: a\r\ndata: b\r\rdata: c\n\r\n") == expected)
        let lf = try StreamingFixtures.stream("plain")
        #expect(try Self.parse([lf]).count == 12)
        let crlf = try Self.parse([StreamingFixtures.stream("crlf")])
        #expect(crlf == (try Self.parse([StreamingFixtures.stream("cr")])))
        #expect(crlf == (try Self.parse([StreamingFixtures.stream("bom_no_space")])))
        let multiline = try Self.parse([StreamingFixtures.stream("multiline_data")])
        #expect(crlf.map { jsonOrText($0.data) } == multiline.map { jsonOrText($0.data) })
    }

    @Test("A CR at the end of one piece and an LF at the start of the next are one line end")
    func splitCRLF() throws {
        let events = try Self.parse([
            Array("data: a\r".utf8), Array("\ndata: b\r".utf8), Array("\n\r".utf8), Array("\n".utf8),
        ])
        #expect(events == [ServerSentEvent(data: "a\nb")])
    }

    @Test("Comments are ignored, also between the lines of an event")
    func comments() throws {
        #expect(try Self.parse(": hello\n:\n\ndata: x\n: keep-alive\ndata: y\n\n") == [ServerSentEvent(data: "x\ny")])
        #expect(try Self.parse(": only comments\n\n: more\n\n").isEmpty)
    }

    @Test("One space after the colon is dropped, and no more")
    func spaceAfterColon() throws {
        let events = try Self.parse("data:a\n\ndata: a\n\ndata:  a\n\ndata:\n\ndata\n\ndata: \n\n")
        #expect(events.map(\.data) == ["a", "a", " a", "", "", ""])
    }

    @Test("event, id and retry fields")
    func fields() throws {
        let events = try Self.parse(
            """
            event: update
            id: 7
            retry: 2500
            data: one

            data: two

            id
            event:
            retry: soon
            data: three

            id: has\u{0}null
            data: four

            id: 8
            unknown: field
            data: five


            """)
        #expect(
            events == [
                ServerSentEvent(event: "update", data: "one", id: "7", retry: 2500),
                ServerSentEvent(data: "two", id: "7"),
                ServerSentEvent(data: "three"),
                ServerSentEvent(data: "four"),
                ServerSentEvent(data: "five", id: "8"),
            ])
    }

    @Test("An event with no data line is not dispatched, and its type does not leak into the next")
    func eventWithoutData() throws {
        #expect(try Self.parse("event: ping\n\ndata: x\n\n") == [ServerSentEvent(data: "x")])
        #expect(try Self.parse("id: 1\n\n\n\n").isEmpty)
    }

    @Test("A leading byte order mark is skipped, once, even split between pieces")
    func byteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let stream = bom + Array("data: x\n\n".utf8)
        for offset in 0...stream.count {
            #expect(
                try Self.parse([Array(stream[..<offset]), Array(stream[offset...])]) == [ServerSentEvent(data: "x")])
        }
        #expect(try Self.parse([bom + bom + Array("data: x\n\n".utf8)]).isEmpty)
        #expect(try Self.parse([Array("data: x\n\n".utf8) + bom + Array("data: y\n\n".utf8)]).map(\.data) == ["x"])
    }

    @Test("Multi-byte characters split anywhere decode whole")
    func multiByteCharacters() throws {
        let text = "data: Halo 🇮🇩 dunia — café 東京 😋👍🏽\n\n"
        let bytes = Array(text.utf8)
        for offset in 0...bytes.count {
            let events = try Self.parse([Array(bytes[..<offset]), Array(bytes[offset...])])
            #expect(events == [ServerSentEvent(data: "Halo 🇮🇩 dunia — café 東京 😋👍🏽")], "split at byte \(offset)")
        }
        #expect(try Self.parse([Array("data: a".utf8) + [0xFF] + Array("b\n\n".utf8)]).first?.data == "a\u{FFFD}b")
    }

    @Test("At the end of the stream, an event whose lines ended is kept; an unfinished line is dropped")
    func endOfStream() throws {
        #expect(try Self.parse("data: a\n\ndata: b\n") == [ServerSentEvent(data: "a"), ServerSentEvent(data: "b")])
        #expect(try Self.parse("data: a\n\ndata: b") == [ServerSentEvent(data: "a")])
        #expect(
            try Self.parse("data: a\n\ndata: b\ndata: c") == [ServerSentEvent(data: "a"), ServerSentEvent(data: "b")])
        #expect(try Self.parse("").isEmpty)
    }

    @Test("The recorded streams carry their fields")
    func recordedFields() throws {
        let comments = try Self.parse([StreamingFixtures.stream("comments")])
        #expect(comments.map(\.id) == ["1", "2", "2", "2"])
        #expect(comments.map(\.retry) == [3000, nil, nil, nil])
        #expect(comments.map(\.event) == ["message", nil, nil, nil])
        let multiline = try Self.parse([StreamingFixtures.stream("multiline_data")])
        #expect(multiline.first?.data.hasPrefix("{\n \"id\": \"chatcmpl-7f3a\",\n") == true)
    }

    @Test("A line that never ends fails with a clear error once it passes the limit")
    func endlessLine() throws {
        var parser = ServerSentEventParser(maximumEventSize: 1000)
        let piece = [UInt8](repeating: UInt8(ascii: "x"), count: 300)
        #expect(try parser.parse(Array("data: ".utf8) + piece).isEmpty)
        #expect(try parser.parse(piece).isEmpty)
        #expect(try parser.parse(piece).isEmpty)
        let error = try #require(throws: NeosantaraError.self) { try parser.parse(piece) }
        #expect(error.kind == .responseTooLarge)
        #expect(error.message.contains("1000 bytes"))
    }

    @Test("An event of many data lines fails once it passes the limit; one at the limit passes")
    func largeEvent() throws {
        // The limit holds the data so far (899 bytes before the last line) and the line being read, whole
        // (105 bytes), so that it does not depend on where the pieces end.
        let line = "data: " + String(repeating: "y", count: 99) + "\n"
        let tenLines = String(repeating: line, count: 10) + "\n"
        #expect(try Self.parse([Array(tenLines.utf8)], maximumEventSize: 1004).isEmpty == false)
        let error = try #require(throws: NeosantaraError.self) {
            try Self.parse([Array(tenLines.utf8)], maximumEventSize: 1003)
        }
        #expect(error.kind == .responseTooLarge)
    }
}

/// The JSON value of `text`, or the text itself when it is not JSON, to compare pretty and compact chunks.
private func jsonOrText(_ text: String) -> JSONValue {
    (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) ?? .string(text)
}

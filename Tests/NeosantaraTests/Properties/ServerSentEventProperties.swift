import Foundation
import Neosantara
import PropertyBased
import Testing

extension PropertyTests {
    /// Laws of the event-stream parser: however the bytes of a stream are split into pieces, it gives the same
    /// events, and for a stream written from events it gives back exactly those events.
    @Suite("Properties: server-sent event parsing")
    struct ServerSentEventProperties {
        /// A stream and the pieces it is delivered in.
        struct SplitStream: Sendable, CustomStringConvertible {
            var bytes: [UInt8]
            /// The lengths of the pieces, which add up to `bytes.count`; some are zero.
            var pieces: [Int]

            var description: String {
                "\(pieces) of \(bytes.count) bytes: \(String(decoding: bytes, as: UTF8.self).debugDescription)"
            }
        }

        /// The events `parser` gives for `pieces` of `bytes`, then at the end of the stream.
        static func events(of bytes: [UInt8], in pieces: [Int], maximumEventSize: Int = 64 * 1024 * 1024) throws
            -> [ServerSentEvent]
        {
            var parser = ServerSentEventParser(maximumEventSize: maximumEventSize)
            var events: [ServerSentEvent] = []
            var start = 0
            for length in pieces {
                events += try parser.parse(bytes[start..<start + length])
                start += length
            }
            events += try parser.parse(bytes[start...])
            return events + [parser.finish()].compactMap(\.self)
        }

        /// Random cuts of `count` bytes: single bytes, empty pieces and longer runs.
        static func pieces(of count: Int, _ draw: inout Draw) -> [Int] {
            var pieces: [Int] = []
            var left = count
            while left > 0 {
                let length = draw.oneOf { _ in
                    0
                } _: { _ in
                    1
                } _: {
                    $0.int(in: 1...max(1, left))
                } _: {
                    $0.int(in: 1...3)
                }
                pieces.append(min(length, left))
                left -= min(length, left)
            }
            return pieces
        }

        /// One event of a stream, and how it is written.
        struct WrittenEvent: Sendable {
            var event: String?
            var dataLines: [String]
            var id: String?
            var retry: Int?
        }

        /// A line end: LF, CR or CRLF; after a CR never a lone LF, which would join it into one CRLF.
        static func lineEnd(after previous: String?, _ draw: inout Draw) -> String {
            draw.element(previous == "\r" ? ["\r", "\r\n"] : ["\n", "\r", "\r\n"])
        }

        /// Field text without line ends.
        static func fieldText(_ draw: inout Draw) -> String {
            draw.text().replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
        }

        /// Writes `events` as an event stream with mixed line ends, comments and unknown fields.
        static func write(_ events: [WrittenEvent], byteOrderMark: Bool, _ draw: inout Draw) -> [UInt8] {
            var text = byteOrderMark ? "\u{FEFF}" : ""
            var previousEnd: String?
            for written in events {
                var lines: [String] = []
                if draw.bool(0.3) { lines.append(": comment " + fieldText(&draw)) }
                if let event = written.event { lines.append("event: " + event) }
                if let id = written.id { lines.append((draw.bool() || id.hasPrefix(" ") ? "id: " : "id:") + id) }
                if let retry = written.retry { lines.append("retry: \(retry)") }
                if draw.bool(0.2) { lines.append("unknown: " + fieldText(&draw)) }
                lines.shuffle(using: &draw)
                // Data lines go in order, between the other lines anywhere.
                var position = 0
                for data in written.dataLines {
                    position = draw.int(in: position...lines.count)
                    lines.insert("data: " + data, at: position)
                    position += 1
                }
                for line in lines + [""] {
                    let end = lineEnd(after: previousEnd, &draw)
                    text += line + end
                    previousEnd = end
                }
            }
            return Array(text.utf8)
        }

        /// The events a reader of the stream `write` makes from `events` sees.
        static func expected(_ events: [WrittenEvent]) -> [ServerSentEvent] {
            var lastID: String?
            return events.map { written in
                if let id = written.id { lastID = id.isEmpty ? nil : id }
                let event = written.event.flatMap { $0.isEmpty ? nil : $0 }
                return ServerSentEvent(
                    event: event, data: written.dataLines.joined(separator: "\n"), id: lastID, retry: written.retry)
            }
        }

        static let writtenStreams = drawing { draw -> ([WrittenEvent], [UInt8], [Int]) in
            let events = draw.array(upTo: 5) { draw in
                WrittenEvent(
                    event: draw.maybe { fieldText(&$0) },
                    dataLines: (0..<draw.int(in: 1...3)).map { _ in fieldText(&draw) },
                    id: draw.maybe { fieldText(&$0).replacingOccurrences(of: "\u{0}", with: "") },
                    retry: draw.maybe { $0.int(in: 0...100_000) })
            }
            let bytes = write(events, byteOrderMark: draw.bool(0.2), &draw)
            return (events, bytes, pieces(of: bytes.count, &draw))
        }

        @Test("A stream written from events parses back to those events, however it is split (300 streams)")
        func writtenEventsComeBack() async {
            await checkProperty(count: 300, input: Self.writtenStreams) { events, bytes, pieces in
                let whole = try Self.events(of: bytes, in: [])
                #expect(whole == Self.expected(events))
                #expect(try Self.events(of: bytes, in: pieces) == whole, "split \(pieces)")
            }
        }

        static let arbitraryStreams = drawing { draw -> SplitStream in
            let fragments: [[UInt8]] = [
                Array("data:".utf8), Array("data: ".utf8), Array("event:".utf8), Array("id:".utf8),
                Array("retry:".utf8),
                Array(":".utf8), [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0A], [0xEF, 0xBB, 0xBF], [0xE2, 0x82], [0xAC],
                [0xFF], [0x00], Array("12".utf8), Array("x".utf8), Array(" ".utf8), Array("😀".utf8),
            ]
            let bytes = draw.array(upTo: 40) { $0.element(fragments) }.flatMap { $0 }
            return SplitStream(bytes: bytes, pieces: pieces(of: bytes.count, &draw))
        }

        @Test("Any bytes, split anywhere, give the events the whole stream gives (400 streams)")
        func splitInvariance() async {
            await checkProperty(count: 400, input: Self.arbitraryStreams) { stream in
                let split = try Self.events(of: stream.bytes, in: stream.pieces)
                #expect(try split == Self.events(of: stream.bytes, in: []))
            }
        }

        @Test("No event the parser returns holds more data than its limit, however the stream is split (300 streams)")
        func eventSizeLimit() async {
            await checkProperty(count: 300, input: Self.arbitraryStreams) { stream in
                let limit = 16
                guard let events = try? Self.events(of: stream.bytes, in: stream.pieces, maximumEventSize: limit) else {
                    return
                }
                for event in events {
                    #expect(event.data.utf8.count <= limit, "\(event)")
                }
            }
        }
    }
}

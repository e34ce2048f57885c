import Foundation

/// Turns the bytes of a `text/event-stream` body into ``ServerSentEvent``s.
///
/// The parser is a state machine over bytes with no I/O: feed it each piece of the body as it arrives, in
/// order, and it returns the events those bytes complete. It follows the WHATWG event-stream rules: lines end
/// with LF, CR or CRLF (a CRLF may be split between two pieces); lines starting with `:` are comments; `data:`
/// lines of one event are joined with newlines; `event:`, `id:` and `retry:` lines set the other fields; one
/// space after the colon is dropped; a leading byte order mark is skipped; an event ends at a blank line.
/// Pieces may split the stream anywhere, even inside a multi-byte UTF-8 character: text is decoded only once
/// its line is complete.
///
/// ```swift
/// var parser = ServerSentEventParser()
/// for try await piece in body {
///     for event in try parser.parse(piece) { print(event.data) }
/// }
/// if let last = parser.finish() { print(last.data) }
/// ```
public struct ServerSentEventParser: Sendable {
    /// The most bytes one event may hold: its data as UTF-8 (so that invalid bytes count as the 3-byte
    /// replacement characters they become) with the line being read, of whatever field, added whole, however
    /// the pieces cut it.
    ///
    /// A server that never ends a line or an event would otherwise make the parser buffer without bound.
    public let maximumEventSize: Int

    /// The start of a line whose end has not arrived yet.
    private var carriedLine: [UInt8] = []
    /// The text of the current event's `data:` lines, joined with LF; `nil` before its first `data` field.
    private var data: String?
    /// The size of ``data`` in UTF-8 bytes.
    private var dataSize = 0
    /// The current event's type, from `event:`.
    private var eventType: String?
    /// The last event id; it carries over to later events until an `id:` line changes it.
    private var lastEventID: String?
    /// The current event's `retry:` value.
    private var retry: Int?
    /// Whether the previous piece ended with CR, so that an LF starting this one ends no line.
    private var skipsLeadingLineFeed = false
    /// Whether no line has been read yet, so that a byte order mark may still come.
    private var isAtStreamStart = true

    /// Creates a parser.
    ///
    /// - Parameter maximumEventSize: The most bytes one event may hold. Defaults to 64 MiB.
    public init(maximumEventSize: Int = 64 * 1024 * 1024) {
        self.maximumEventSize = maximumEventSize
    }

    /// Reads the next piece of the stream.
    ///
    /// - Parameter bytes: The bytes that follow the previous piece.
    /// - Returns: The events these bytes complete, in order; often none or one.
    /// - Throws: A ``NeosantaraError`` of kind ``NeosantaraError/Kind/responseTooLarge`` when an event grows
    ///   past ``maximumEventSize``.
    public mutating func parse(_ bytes: some Sequence<UInt8>) throws(NeosantaraError) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        try parse(bytes, into: &events)
        return events
    }

    /// Reads the next piece of the stream and appends the events it completes to `events`, so that a reader
    /// of many pieces can reuse one array instead of allocating one per piece.
    mutating func parse(_ bytes: some Sequence<UInt8>, into events: inout [ServerSentEvent]) throws(NeosantaraError) {
        let fits =
            bytes.withContiguousStorageIfAvailable { scan($0, into: &events) }
            ?? Array(bytes).withUnsafeBufferPointer { scan($0, into: &events) }
        guard fits else {
            throw NeosantaraError(
                kind: .responseTooLarge,
                message: "a server-sent event grew past \(maximumEventSize) bytes without ending")
        }
    }

    /// Ends the stream and returns the event its last lines make, if any.
    ///
    /// A browser drops an event that the stream ends in the middle of. This parser returns one whose lines
    /// all ended but whose closing blank line never came, since some servers close the stream right after
    /// their last `data:` line; a last line without its line end may be cut short, so it is dropped.
    public mutating func finish() -> ServerSentEvent? {
        carriedLine.removeAll()
        skipsLeadingLineFeed = false
        var events: [ServerSentEvent] = []
        dispatch(into: &events)
        return events.first
    }

    /// Splits `buffer` into lines and processes each; returns `false` when an event grew past the limit.
    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, into events: inout [ServerSentEvent]) -> Bool {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return true }
        let count = buffer.count
        var lineStart = 0
        if skipsLeadingLineFeed {
            skipsLeadingLineFeed = false
            if base[0] == Byte.lineFeed {
                lineStart = 1
            }
        }
        // Most streams end lines with LF alone; then `memchr` finds each line end.
        let hasCarriageReturn = memchr(base + lineStart, Int32(Byte.carriageReturn), count - lineStart) != nil
        while let end = Self.lineEnd(in: base, from: lineStart, count: count, lineFeedOnly: !hasCarriageReturn) {
            // A line counts whole, however the pieces cut it: checking only the unfinished line at the end of
            // a piece would make the limit depend on where the pieces end.
            guard carriedLine.count + end - lineStart + dataSize <= maximumEventSize else { return false }
            let line = UnsafeBufferPointer(start: base + lineStart, count: end - lineStart)
            if carriedLine.isEmpty {
                processLine(line, into: &events)
            } else {
                var whole: [UInt8] = []
                swap(&whole, &carriedLine)
                whole.append(contentsOf: line)
                whole.withUnsafeBufferPointer { processLine($0, into: &events) }
                whole.removeAll(keepingCapacity: true)
                swap(&whole, &carriedLine)
            }
            guard dataSize <= maximumEventSize else { return false }
            lineStart = end + 1
            if base[end] == Byte.carriageReturn {
                if lineStart == count {
                    skipsLeadingLineFeed = true
                } else if base[lineStart] == Byte.lineFeed {
                    lineStart += 1
                }
            }
        }
        carriedLine.append(contentsOf: UnsafeBufferPointer(start: base + lineStart, count: count - lineStart))
        return carriedLine.count + dataSize <= maximumEventSize
    }

    /// The index of the next LF, or of the next LF or CR unless `lineFeedOnly`, from `start`.
    private static func lineEnd(
        in base: UnsafePointer<UInt8>, from start: Int, count: Int, lineFeedOnly: Bool
    ) -> Int? {
        guard start < count else { return nil }
        if lineFeedOnly {
            guard let found = memchr(base + start, Int32(Byte.lineFeed), count - start) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        var index = start
        while index < count {
            if base[index] == Byte.lineFeed || base[index] == Byte.carriageReturn {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Applies one complete line, without its line end.
    private mutating func processLine(_ bytes: UnsafeBufferPointer<UInt8>, into events: inout [ServerSentEvent]) {
        var line = bytes[...]
        if isAtStreamStart {
            isAtStreamStart = false
            if line.count >= 3, line[line.startIndex] == 0xEF, line[line.startIndex + 1] == 0xBB,
                line[line.startIndex + 2] == 0xBF
            {
                line = line.dropFirst(3)
            }
        }
        guard let first = line.first else {
            dispatch(into: &events)
            return
        }
        guard first != Byte.colon else { return }
        let name: Slice<UnsafeBufferPointer<UInt8>>
        var value: Slice<UnsafeBufferPointer<UInt8>>
        if let colon = line.firstIndex(of: Byte.colon) {
            name = line[..<colon]
            value = line[(colon + 1)...]
            if value.first == Byte.space {
                value = value.dropFirst()
            }
        } else {
            name = line
            value = line[line.endIndex...]
        }
        if Self.name(name, is: "data") {
            // A complete line holds whole UTF-8 characters, so it decodes on its own. The size counted is the
            // text's, which is larger than the bytes' when invalid bytes become U+FFFD (3 bytes each).
            let text = String(decoding: value, as: UTF8.self)
            dataSize += (data == nil ? 0 : 1) + text.utf8.count
            if data == nil {
                data = text
            } else {
                data!.append("\n")
                data!.append(text)
            }
        } else if Self.name(name, is: "event") {
            eventType = value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
        } else if Self.name(name, is: "id") {
            if !value.contains(0) {
                lastEventID = value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
            }
        } else if Self.name(name, is: "retry") {
            retry = Self.milliseconds(value) ?? retry
        }
    }

    /// Emits the current event, if it had data, and starts the next one.
    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        if let data {
            events.append(ServerSentEvent(event: eventType, data: data, id: lastEventID, retry: retry))
        }
        data = nil
        dataSize = 0
        eventType = nil
        retry = nil
    }

    /// Whether a field name is `expected`.
    private static func name(_ name: Slice<UnsafeBufferPointer<UInt8>>, is expected: StaticString) -> Bool {
        name.count == expected.utf8CodeUnitCount
            && name.elementsEqual(UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount))
    }

    /// A `retry:` value: ASCII digits only, else `nil`.
    private static func milliseconds(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !value.isEmpty else { return nil }
        var result = 0
        for byte in value {
            guard (Byte.zero...Byte.nine).contains(byte) else { return nil }
            let (shifted, overflowed) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflowedAgain) = shifted.addingReportingOverflow(Int(byte - Byte.zero))
            guard !overflowed, !overflowedAgain else { return nil }
            result = sum
        }
        return result
    }

    /// The bytes the grammar names.
    private enum Byte {
        static let lineFeed: UInt8 = 0x0A
        static let carriageReturn: UInt8 = 0x0D
        static let colon: UInt8 = 0x3A
        static let space: UInt8 = 0x20
        static let zero: UInt8 = 0x30
        static let nine: UInt8 = 0x39
    }
}

import Foundation

/// A cursor over the UTF-8 bytes of one JSON document, for the decoders of the SDK's hottest paths: stream
/// chunks and chat completions, which `JSONDecoder` decodes several times slower.
///
/// It reads objects, arrays, strings, integers and `null`, and skips any other valid value. A read of
/// anything it does not handle, valid JSON or not (a number with a fraction where an integer belongs, a
/// duplicated key, a lone surrogate, invalid UTF-8, nesting deeper than ``maximumDepth``…), throws
/// ``Unsupported``: the caller then decodes the same bytes with `JSONDecoder`, which gives the exact value
/// or error. So the reader only ever speeds up a document `JSONDecoder` decodes the same way.
struct JSONByteReader {
    /// The input is something the reader does not handle; `JSONDecoder` must decode it.
    struct Unsupported: Error {}

    /// How deeply skipped values may nest.
    static let maximumDepth = 32

    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    /// A reader at the start of `bytes`, which must stay valid while it is used.
    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Checks that only whitespace follows the document.
    func expectEnd() throws(Unsupported) {
        var reader = self
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw Unsupported() }
    }

    /// Reads `bytes` as one whole document with `read`, a reader of one value: `nil` when `read` gives up or
    /// anything but whitespace follows the value.
    static func readWhole<Value>(
        _ bytes: UnsafeRawBufferPointer, with read: (inout JSONByteReader) throws(Unsupported) -> Value
    ) -> Value? {
        var reader = JSONByteReader(bytes)
        guard let value = try? read(&reader), (try? reader.expectEnd()) != nil else { return nil }
        return value
    }

    // MARK: Structure

    /// Reads an object, calling `member` with each key of `Key` it holds, the reader standing at the key's
    /// value, which `member` must read. The values of other keys are skipped; a key that appears twice
    /// is unsupported (`JSONDecoder` keeps the first).
    mutating func readObject<Key: JSONObjectKey>(
        _ keys: Key.Type,
        _ member: (inout JSONByteReader, Key) throws(Unsupported) -> Void
    ) throws(Unsupported) {
        var seen: UInt64 = 0
        try readMembers { reader, name throws(Unsupported) in
            guard let offset = Key.all.firstIndex(where: { Self.equal(name, $0.rawValue) }) else {
                try reader.skipValue(depth: 0)
                return
            }
            let bit: UInt64 = 1 << UInt64(offset)
            guard seen & bit == 0 else { throw Unsupported() }
            seen |= bit
            try member(&reader, Key.all[offset])
        }
    }

    /// Reads an object, calling `member` with each key's bytes, the reader standing at the key's value,
    /// which `member` must read.
    private mutating func readMembers(
        _ member: (inout JSONByteReader, UnsafeRawBufferPointer) throws(Unsupported) -> Void
    ) throws(Unsupported) {
        try expect(UInt8(ascii: "{"))
        if try consume(UInt8(ascii: "}")) { return }
        repeat {
            let name = try readKey()
            try expect(UInt8(ascii: ":"))
            try member(&self, name)
        } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// Reads an array, calling `element` with the reader standing at each element, which it must read.
    mutating func readArray(_ element: (inout JSONByteReader) throws(Unsupported) -> Void) throws(Unsupported) {
        try expect(UInt8(ascii: "["))
        if try consume(UInt8(ascii: "]")) { return }
        repeat {
            try element(&self)
        } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    /// Reads `null` and returns `true`, or returns `false` without moving when the value is not `null`.
    mutating func readNull() throws(Unsupported) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        try expectLiteral("null")
        return true
    }

    /// Decodes the value here with `JSONDecoder`, or `null` as `nil`: for the parts of a document that are
    /// rare or intricate enough not to be worth reading by hand.
    mutating func decodeNullable<Value: Decodable>(_ type: Value.Type) throws(Unsupported) -> Value? {
        if try readNull() { return nil }
        skipWhitespace()
        let start = index
        try skipValue(depth: 0)
        let json = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
        do {
            return try Self.decoder.decode(Value.self, from: Data(json))
        } catch {
            throw Unsupported()
        }
    }

    private static let decoder = JSONDecoder()

    /// Whether a string comes next.
    mutating func isAtString() -> Bool {
        skipWhitespace()
        return index < bytes.count && bytes[index] == UInt8(ascii: "\"")
    }

    // MARK: Scalars

    /// Reads a string, or `null` as `nil`.
    mutating func readNullableString() throws(Unsupported) -> String? {
        try readNull() ? nil : readString()
    }

    /// Reads an integer, or `null` as `nil`.
    mutating func readNullableInt() throws(Unsupported) -> Int? {
        try readNull() ? nil : readInt()
    }

    /// Reads `true` or `false`, or `null` as `nil`.
    mutating func readNullableBool() throws(Unsupported) -> Bool? {
        if try readNull() { return nil }
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "t") else {
            try expectLiteral("false")
            return false
        }
        try expectLiteral("true")
        return true
    }

    /// Reads a number as the nearest `Double`, as `JSONDecoder` reads it, or `null` as `nil`; a number beyond
    /// `Double`'s range is unsupported.
    mutating func readNullableDouble() throws(Unsupported) -> Double? {
        if try readNull() { return nil }
        skipWhitespace()
        let start = index
        try skipNumber()
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite else {
            throw Unsupported()
        }
        return value
    }

    /// Reads an empty array or object, `[]` or `{}`, and returns `true`; returns `false` without moving when
    /// the value is anything else.
    mutating func readEmpty(_ open: UInt8, _ close: UInt8) -> Bool {
        let start = index
        if (try? consume(open)) == true, (try? consume(close)) == true { return true }
        index = start
        return false
    }

    /// Reads a string.
    mutating func readString() throws(Unsupported) -> String {
        let (raw, escaped, ascii) = try readRawString()
        // Unescaping ASCII text gives ASCII and the UTF-8 of the escaped scalars: valid UTF-8 either way.
        guard escaped else { return try Self.string(raw, isKnownValid: ascii) }
        return try Self.string(Self.unescape(raw), isKnownValid: ascii)
    }

    /// Reads an integer: no fraction, no exponent, within `Int`.
    mutating func readInt() throws(Unsupported) -> Int {
        skipWhitespace()
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let start = index
        var magnitude = 0
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            let (times10, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            guard !overflow, !overflow2 else { throw Unsupported() }
            magnitude = sum
            index += 1
        }
        let count = index - start
        // No digits, a leading zero, `-0`, or a fraction or exponent: JSONDecoder decides.
        guard count > 0, bytes[start] != UInt8(ascii: "0") || count == 1, !(negative && magnitude == 0) else {
            throw Unsupported()
        }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
            throw Unsupported()
        }
        return negative ? -magnitude : magnitude
    }

    // MARK: Skipping

    /// Skips any valid value, checking it as `JSONDecoder` would.
    mutating func skipValue(depth: Int) throws(Unsupported) {
        guard depth < Self.maximumDepth else { throw Unsupported() }
        skipWhitespace()
        guard index < bytes.count else { throw Unsupported() }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try readMembers { reader, _ throws(Unsupported) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            try readArray { reader throws(Unsupported) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""):
            _ = try readString()
        case UInt8(ascii: "t"):
            try expectLiteral("true")
        case UInt8(ascii: "f"):
            try expectLiteral("false")
        case UInt8(ascii: "n"):
            try expectLiteral("null")
        default:
            try skipNumber()
        }
    }

    /// Skips a number of JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func skipNumber() throws(Unsupported) {
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.digit(bytes[index]) != nil else { throw Unsupported() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { throw Unsupported() }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard skipDigits() > 0 else { throw Unsupported() }
        }
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
        return index - start
    }

    // MARK: Tokens

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    /// Skips whitespace, then `byte` if it comes next; whether it did.
    private mutating func consume(_ byte: UInt8) throws(Unsupported) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func expect(_ byte: UInt8) throws(Unsupported) {
        guard try consume(byte) else { throw Unsupported() }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(Unsupported) {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count,
            UnsafeRawBufferPointer(rebasing: bytes[index..<index + count])
                .elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: count))
        else { throw Unsupported() }
        index += count
    }

    /// Reads an object's key, which must be ASCII without escapes: `JSONDecoder` rejects a document whose keys
    /// are not valid UTF-8 and compares the others as Unicode text, so any other key is left to it.
    private mutating func readKey() throws(Unsupported) -> UnsafeRawBufferPointer {
        let (raw, escaped, ascii) = try readRawString()
        guard !escaped, ascii else { throw Unsupported() }
        return raw
    }

    /// Reads a string's bytes between its quotes, as written, whether they hold an escape, and whether
    /// they are all ASCII.
    private mutating func readRawString() throws(Unsupported) -> (
        UnsafeRawBufferPointer, escaped: Bool, ascii: Bool
    ) {
        try expect(UInt8(ascii: "\""))
        let start = index
        var escaped = false
        var highBits: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            highBits |= byte
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return (UnsafeRawBufferPointer(rebasing: bytes[start..<index]), escaped, highBits < 0x80)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 2
            } else if byte < 0x20 {
                throw Unsupported()
            } else {
                index += 1
            }
        }
        throw Unsupported()
    }

    // MARK: Helpers

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte &- UInt8(ascii: "0")) : nil
    }

    private static func equal(_ bytes: UnsafeRawBufferPointer, _ name: String) -> Bool {
        guard bytes.count == name.utf8.count else { return false }
        return name.utf8.withContiguousStorageIfAvailable { UnsafeRawBufferPointer($0).elementsEqual(bytes) }
            ?? bytes.elementsEqual(name.utf8)
    }

    /// The string of `bytes`, which must be valid UTF-8, as `isKnownValid` says they are without a check.
    private static func string(_ bytes: some Collection<UInt8>, isKnownValid: Bool) throws(Unsupported) -> String {
        if isKnownValid {
            return String(decoding: bytes, as: UTF8.self)
        }
        if #available(macOS 15, iOS 18, watchOS 11, tvOS 18, visionOS 2, *) {
            guard let string = String(validating: bytes, as: UTF8.self) else { throw Unsupported() }
            return string
        }
        throw Unsupported()
    }

    /// The bytes a string's escapes stand for: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` and `\uXXXX`,
    /// surrogate pairs included.
    private static func unescape(_ raw: UnsafeRawBufferPointer) throws(Unsupported) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        var runStart = 0
        while index < raw.count {
            guard raw[index] == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[runStart..<index]))
            guard index + 1 < raw.count else { throw Unsupported() }
            let escape = raw[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var value = try hexQuad(raw, at: index)
                index += 4
                if (0xD800..<0xDC00).contains(value) {
                    guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u")
                    else { throw Unsupported() }
                    let low = try hexQuad(raw, at: index + 2)
                    guard (0xDC00..<0xE000).contains(low) else { throw Unsupported() }
                    index += 6
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(value) {
                    throw Unsupported()
                }
                guard let scalar = Unicode.Scalar(value) else { throw Unsupported() }
                output.append(contentsOf: UTF8.encode(scalar)!)
            default:
                throw Unsupported()
            }
            runStart = index
        }
        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[runStart..<raw.count]))
        return output
    }

    /// The value of the four hexadecimal digits at `index`.
    private static func hexQuad(_ raw: UnsafeRawBufferPointer, at index: Int) throws(Unsupported) -> UInt32 {
        guard index + 4 <= raw.count else { throw Unsupported() }
        var value: UInt32 = 0
        for byte in raw[index..<index + 4] {
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = byte - UInt8(ascii: "A") + 10
            default: throw Unsupported()
            }
            value = value << 4 | UInt32(nibble)
        }
        return value
    }
}

/// A type whose common shapes decode faster with a ``JSONByteReader`` than with `JSONDecoder`.
protocol FastDecodable: Decodable {
    /// Decodes the value in `json` when it has a shape the fast decoder handles; `nil` for any other
    /// input, which `JSONDecoder` must then decode. A value it returns is the one `init(from:)` decodes
    /// from the same bytes.
    static func decodeCommonShape(_ json: UnsafeRawBufferPointer) -> Self?
}

/// The keys of a JSON object that a ``JSONByteReader`` reads: their wire names as raw values, at most 64.
protocol JSONObjectKey: RawRepresentable, CaseIterable where RawValue == String {
    /// Every key: `allCases`, stored once (`static let all = allCases`), since `allCases` makes a new array
    /// each time it is read.
    static var all: [Self] { get }
}

import Foundation

/// Writes a JSON document as UTF-8 bytes, for the encoders of the SDK's hottest path: the chat request,
/// which `JSONEncoder` encodes several times slower.
///
/// It writes what `JSONEncoder` with `.withoutEscapingSlashes` writes for the same values — numbers as
/// Swift prints them, without a trailing `.0` — though keys may come in another order. A part it is not
/// worth writing by hand is written by `JSONEncoder` with ``encoded(_:)``. A value JSON cannot hold (an
/// infinite or NaN number) throws ``Unsupported``, and the caller then lets `JSONEncoder` report it.
struct JSONByteWriter {
    /// The value is something the writer does not handle; `JSONEncoder` must encode it.
    struct Unsupported: Error {}

    /// The document so far.
    private(set) var bytes: [UInt8] = []
    /// Whether the next member or element needs a comma before it.
    private var needsComma = false

    /// An empty document, with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The document of one object, whose members `members` writes, or `nil` when a part is unsupported.
    static func document(
        capacity: Int, _ members: (inout JSONByteWriter) throws(Unsupported) -> Void
    ) -> Data? {
        var writer = JSONByteWriter(capacity: capacity)
        do throws(Unsupported) {
            try writer.object(members)
        } catch {
            return nil
        }
        return Data(writer.bytes)
    }

    // MARK: Structure

    /// Writes an object, whose members `members` writes.
    mutating func object(_ members: (inout JSONByteWriter) throws(Unsupported) -> Void) throws(Unsupported) {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        try members(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes an array of `elements`, each written by `element`.
    mutating func array<Element>(
        _ elements: [Element],
        _ element: (inout JSONByteWriter, Element) throws(Unsupported) -> Void
    ) throws(Unsupported) {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for value in elements {
            try element(&self, value)
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes a member's key, whose wire name must need no escapes; its value must follow.
    ///
    /// Keys come from the type's `CodingKeys`, the list its `Codable` conformance reads too, so that the
    /// writer cannot spell a key differently.
    mutating func key(_ key: some CodingKey) {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
        var name = key.stringValue
        name.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    // MARK: Members

    /// Writes the member `key` when `value` is not `nil`; so do the other `member` methods.
    mutating func member(_ key: some CodingKey, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    mutating func member(_ key: some CodingKey, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        int(value)
    }

    mutating func member(_ key: some CodingKey, _ value: Bool?) {
        guard let value else { return }
        self.key(key)
        bool(value)
    }

    mutating func member(_ key: some CodingKey, _ value: Double?) throws(Unsupported) {
        guard let value else { return }
        self.key(key)
        try double(value)
    }

    /// Writes the member `key` as `JSONEncoder` encodes `value`, when it is not `nil`.
    mutating func member(_ key: some CodingKey, encoding value: (some Encodable)?) throws(Unsupported) {
        guard let value else { return }
        self.key(key)
        try encoded(value)
    }

    // MARK: Values

    mutating func string(_ value: String) {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            needsComma = true
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func int(_ value: Int) {
        raw(String(value))
    }

    mutating func double(_ value: Double) throws(Unsupported) {
        guard value.isFinite else { throw Unsupported() }
        let text = String(value)
        raw(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
    }

    mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    mutating func null() {
        raw("null")
    }

    /// Writes `value` as `JSONEncoder` encodes it.
    mutating func encoded(_ value: some Encodable) throws(Unsupported) {
        do {
            let data = try Self.encoder.encode(value)
            beginValue()
            bytes.append(contentsOf: data)
            needsComma = true
        } catch {
            throw Unsupported()
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    private mutating func raw(_ text: String) {
        beginValue()
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    private mutating func beginValue() {
        if needsComma {
            bytes.append(UInt8(ascii: ","))
        }
    }
}

/// A type whose common shapes encode faster with a ``JSONByteWriter`` than with `JSONEncoder`.
protocol FastEncodable: Encodable {
    /// The JSON of this value when the fast encoder handles it; `nil` otherwise, and `JSONEncoder` must
    /// encode it. The JSON is what `encode(to:)` writes, keys perhaps in another order.
    func encodeCommonShape() -> Data?
}

/// A cursor over a fuzz input that hands out small values (bytes, counts, choices, strings) from its front;
/// once the bytes run out every value is zero or empty, so any input gives a valid value.
struct FuzzInput {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Whether every byte has been taken.
    var isAtEnd: Bool { position >= bytes.count }

    /// The next byte, or 0 at the end.
    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A number in `0..<bound` (`bound` at most 256).
    mutating func number(below bound: Int) -> Int {
        Int(byte()) % max(bound, 1)
    }

    /// A Boolean.
    mutating func bool() -> Bool {
        byte() & 1 == 1
    }

    /// An element of `choices`.
    mutating func pick<Element>(_ choices: [Element]) -> Element {
        choices[number(below: choices.count)]
    }

    /// The next 8 bytes as an unsigned integer.
    mutating func uint64() -> UInt64 {
        (0..<8).reduce(0) { value, _ in value << 8 | UInt64(byte()) }
    }

    /// The next `count` bytes (fewer at the end).
    mutating func bytes(_ count: Int) -> [UInt8] {
        let end = min(bytes.count, position + max(count, 0))
        defer { position = max(position, end) }
        return position < end ? Array(bytes[position..<end]) : []
    }

    /// A byte string whose length is the next byte.
    mutating func shortBytes() -> [UInt8] {
        bytes(Int(byte()))
    }

    /// A string from a length-prefixed byte string, invalid UTF-8 repaired to U+FFFD.
    mutating func string() -> String {
        String(decoding: shortBytes(), as: UTF8.self)
    }

    /// The rest of the bytes.
    mutating func rest() -> [UInt8] {
        bytes(bytes.count - position)
    }
}

import Foundation
import Neosantara
import PropertyBased

/// A generator of test values that draws everything from one seeded source.
///
/// The property checker hands each run a seeded random number generator; the value's whole tree is
/// drawn from a SplitMix64 stream seeded from it, so the seed the checker reports on a failure
/// reproduces the failing value exactly (`@Test(.fixedSeed("…"))`).
func drawing<Value: Sendable>(_ make: @escaping @Sendable (inout Draw) -> Value) -> Generator<
    Value, Shrink.None<Value>
> {
    Generator { random in
        var draw = Draw(seed: random.next())
        return make(&draw)
    }
}

/// A deterministic stream of random choices, with helpers for the shapes wire values take.
struct Draw: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a stream that `seed` determines.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits (SplitMix64).
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// An integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// A non-negative integer, usually small, sometimes at the edges of `Int`.
    mutating func count() -> Int {
        oneOf { _ in
            0
        } _: {
            $0.int(in: 0...1000)
        } _: {
            $0.int(in: 0...Int.max)
        }
    }

    /// Any integer, usually small, sometimes at the edges of `Int`.
    mutating func integer() -> Int {
        oneOf {
            $0.int(in: -1000...1000)
        } _: {
            $0.int(in: Int.min...Int.max)
        } _: {
            $0.element([Int.min, Int.max, 0, -1])
        }
    }

    /// `true` with probability `chance`.
    mutating func bool(_ chance: Double = 0.5) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }

    /// A finite `Double`: small decimals, integral values, tiny and huge magnitudes.
    mutating func double() -> Double {
        oneOf {
            $0.element([0, 1, -1, 0.5, 0.1, 1e-5, -2.5e3, 1e300, -Double.leastNonzeroMagnitude, .pi])
        } _: {
            Double(
                sign: $0.bool() ? .minus : .plus, exponent: $0.int(in: -1074...1023),
                significand: Double.random(in: 1..<2, using: &$0))
        } _: {
            Double($0.int(in: -10000...10000)) / 100
        }
    }

    /// A `Double` that `JSONValue` keeps a ``JSONValue/double(_:)``: one with a fractional part, or one
    /// too large for `Int`.
    mutating func fractionalDouble() -> Double {
        let value = double()
        return value.rounded() == value && abs(value) < 0x1p63
            ? value.truncatingRemainder(dividingBy: 1000) + 0.5 : value
    }

    /// A `Float` that JSON carries exactly.
    mutating func float() -> Float {
        element([0, 1, -1, 0.25, Float.pi, 1e-7, -3.4e38, Float(int(in: -1000...1000)) / 8])
    }

    /// One of `elements`.
    mutating func element<Element>(_ elements: [Element]) -> Element {
        elements[int(in: 0...elements.count - 1)]
    }

    /// The value one of the makers makes, each as likely as the others.
    mutating func oneOf<Value>(_ makers: (inout Draw) -> Value...) -> Value {
        let make = element(makers)
        return make(&self)
    }

    /// `nil` about a third of the time, else a value.
    mutating func maybe<Value>(_ make: (inout Draw) -> Value) -> Value? {
        bool(1.0 / 3) ? nil : make(&self)
    }

    /// Up to `maximum` values.
    mutating func array<Value>(upTo maximum: Int = 3, _ make: (inout Draw) -> Value) -> [Value] {
        (0..<int(in: 0...maximum)).map { _ in make(&self) }
    }

    /// A dictionary of up to `maximum` members with text keys.
    mutating func dictionary<Value>(upTo maximum: Int = 3, _ make: (inout Draw) -> Value) -> [String: Value] {
        var members: [String: Value] = [:]
        for _ in 0..<int(in: 0...maximum) {
            members[text(upTo: 8)] = make(&self)
        }
        return members
    }

    /// Text that exercises the JSON writers and readers: ASCII, the characters JSON escapes, control
    /// characters, multi-byte UTF-8, emoji with combining marks, line and paragraph separators.
    mutating func text(upTo maximum: Int = 12) -> String {
        let pieces: [String] = [
            "a", "Z", "0", " ", "-", "_", "/", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}",
            "é", "ß", "雅", "😀", "👩‍💻", "e\u{301}", "\u{2028}", "\u{2029}", "\u{FEFF}", "{", "}", "[", ":", ",",
            "data: ", "Bearer", "%", "&", "<", ">", "'",
        ]
        return (0..<int(in: 0...maximum)).map { _ in element(pieces) }.joined()
    }

    /// A short identifier-like text such as a model name or an id.
    mutating func identifier() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        return String((0..<int(in: 1...16)).map { _ in element(alphabet) })
    }

    /// A value of an open enum: one the SDK names, or any other raw value the server may send.
    mutating func open<Value: RawRepresentable>(_ known: [Value], make: (String) -> Value) -> Value
    where Value.RawValue == String {
        bool(0.7) ? element(known) : make(bool() ? identifier() : text())
    }

    /// A date as the wire's ISO 8601 form gives it: a whole second between 1970 and 2100 plus whole
    /// milliseconds, the sum a decoded `2025-06-21T10:00:00.123Z` is.
    mutating func date() -> Date {
        Date(timeIntervalSince1970: Double(int(in: 0...4_102_444_800)) + Double(int(in: 0...999)) / 1000)
    }

    /// Any JSON value, at most `depth` levels deep, in the canonical form decoding gives: integral
    /// numbers that fit `Int` are ``JSONValue/int(_:)``, others ``JSONValue/double(_:)``.
    mutating func json(depth: Int = 3) -> JSONValue {
        let scalar: (inout Draw) -> JSONValue = { draw in
            draw.oneOf { _ in
                .null
            } _: {
                .bool($0.bool())
            } _: {
                .int($0.integer())
            } _: {
                .double($0.fractionalDouble())
            } _: {
                .string($0.text())
            }
        }
        guard depth > 0 else { return scalar(&self) }
        return oneOf(scalar, scalar, { .array($0.array { $0.json(depth: depth - 1) }) }) {
            .object($0.dictionary { $0.json(depth: depth - 1) })
        }
    }

    /// A JSON object, at most `depth` levels deep.
    mutating func jsonObject(depth: Int = 2) -> [String: JSONValue] {
        dictionary { $0.json(depth: depth - 1) }
    }
}

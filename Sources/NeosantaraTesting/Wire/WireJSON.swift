import Foundation
import Neosantara

/// Encoding of everything the server sends as JSON: compact, keys sorted so that the same reply is the same
/// bytes every time, slashes unescaped.
enum WireJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// `value` as JSON bytes.
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        Array(try encoder.encode(value))
    }

    /// `value` as JSON text.
    static func text(_ value: JSONValue) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }
}

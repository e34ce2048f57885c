import Foundation
import HTTPTypes
import Logging

/// Takes the API key and other secrets out of what the SDK logs, measures and traces.
///
/// It replaces the configured key wherever it appears, every `Bearer …` credential, the value of every
/// header named like a secret (`Authorization`, `X-Api-Key`, `Cookie`, `…-Token`, `…Signature`…), and the
/// value of every JSON string field named like one (`"api_key"`, `"authorization"`, `"access_token"`…).
struct Redactor: Sendable {
    /// What stands in for a secret.
    static let placeholder = "<redacted>"
    /// The most characters of a body a trace line shows; the rest is cut off.
    static let bodyLimit = 8192

    /// The configured key, when it is long enough to search for without matching ordinary text.
    let secret: String?

    /// The key's UTF-8 bytes, searched for without Foundation.
    private let secretBytes: [UInt8]?

    init(apiKey: APIKey?) {
        secret = apiKey.map(\.value).flatMap { $0.count >= 4 ? $0 : nil }
        secretBytes = secret.map { Array($0.utf8) }
    }

    /// `text` with every secret replaced.
    func redact(_ text: String) -> String {
        guard mayHoldSecret(text) else { return text }
        var text = text
        if let secret, text.contains(secret) {
            text = text.replacingOccurrences(of: secret, with: Self.placeholder)
        }
        if text.range(of: "bearer", options: .caseInsensitive) != nil {
            text = text.replacing(/(?i)bearer\s+[^\s",;]+/) { _ in "Bearer " + Self.placeholder }
        }
        if text.contains("\"") {
            text = text.replacing(/"((?:[^"\\]|\\.)*)"(\s*:\s*)"(?:[^"\\]|\\.)*"/) { match in
                Self.isSecretName(String(match.output.1))
                    ? "\"\(match.output.1)\"\(match.output.2)\"\(Self.placeholder)\"" : String(match.output.0)
            }
        }
        return text
    }

    /// Whether `text` has anything ``redact(_:)`` might replace: the key, the word `bearer` in any case, or
    /// a double quote. One pass over the bytes, so that a model name or a path costs no more.
    private func mayHoldSecret(_ text: String) -> Bool {
        let bearer = Self.bearer
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    return true
                }
                if byte | 0x20 == UInt8(ascii: "b"), bytes.count - index >= bearer.count,
                    bearer.indices.allSatisfy({ bytes[index + $0] | 0x20 == bearer[$0] })
                {
                    return true
                }
                if let secretBytes, byte == secretBytes[0], bytes.count - index >= secretBytes.count,
                    secretBytes.indices.allSatisfy({ bytes[index + $0] == secretBytes[$0] })
                {
                    return true
                }
            }
            return false
        }
    }

    private static let bearer = Array("bearer".utf8)

    /// Headers as log metadata, with secret values replaced.
    func metadata(for fields: HTTPFields) -> Logger.MetadataValue {
        var values: [String: Logger.MetadataValue] = [:]
        for name in Set(fields.map(\.name)) {
            let value = fields[values: name].joined(separator: ", ")
            values[name.canonicalName] = .string(
                Self.isSecretName(name.canonicalName) ? Self.placeholder : redact(value))
        }
        return .dictionary(values)
    }

    /// A body as log metadata: its text with secrets replaced, cut off after ``bodyLimit`` characters.
    func metadata(forBody body: Data) -> Logger.MetadataValue {
        let text = String(decoding: body, as: UTF8.self)
        guard text.count > Self.bodyLimit else { return .string(redact(text)) }
        // Redact before cutting off, so that a secret across the cut does not leave its first part behind;
        // twice the limit holds any secret shorter than the limit that starts before the cut.
        let redacted = redact(String(text.prefix(2 * Self.bodyLimit)))
        return .string(String(redacted.prefix(Self.bodyLimit)) + "… (\(body.count) bytes in all)")
    }

    /// Whether a header or JSON field with this name holds a secret.
    static func isSecretName(_ name: String) -> Bool {
        let name = name.lowercased()
        let secretParts = [
            "authorization", "api-key", "api_key", "apikey", "cookie", "secret", "password", "signature",
        ]
        return secretParts.contains { name.contains($0) } || name.hasSuffix("token")
    }
}

extension Redactor: CustomReflectable {
    /// No children: the redactor holds the key it searches for, which must not show in a `dump` of a client.
    var customMirror: Mirror {
        Mirror(self, children: [:])
    }
}

import Foundation
import HTTPTypes
import Logging
import Testing

@testable import Neosantara

/// What the redactor takes out of logged text, headers and bodies, and what it leaves.
@Suite("Redaction")
struct RedactorTests {
    let redactor = Redactor(apiKey: APIKey(testAPIKey))

    @Test("The configured key is replaced wherever it appears")
    func configuredKey() {
        #expect(redactor.redact("key=\(testAPIKey)&x=1") == "key=<redacted>&x=1")
        #expect(Redactor(apiKey: APIKey("abc")).redact("abcdef") == "abcdef", "a key this short is not searched for")
    }

    @Test("Bearer credentials are replaced, whatever the key")
    func bearer() {
        #expect(redactor.redact("Authorization: Bearer sk-other.123_x") == "Authorization: Bearer <redacted>")
        #expect(redactor.redact(#"{"h":"bearer abc"}"#) == #"{"h":"Bearer <redacted>"}"#)
    }

    @Test("JSON string fields named like secrets are replaced; others are kept")
    func jsonFields() {
        let body = #"{"api_key":"k1","apiKey":"k2","x-api-key":"k3","access_token":"k4","model":"m","max_tokens":5}"#
        #expect(
            redactor.redact(body)
                == #"{"api_key":"<redacted>","apiKey":"<redacted>","x-api-key":"<redacted>","access_token":"<redacted>","model":"m","max_tokens":5}"#
        )
        #expect(redactor.redact(#"{"authorization" : "x \"y\""}"#) == #"{"authorization" : "<redacted>"}"#)
    }

    @Test("Headers named like secrets are replaced; rate-limit and other headers are kept")
    func headers() {
        let fields: HTTPFields = [
            .authorization: "Bearer \(testAPIKey)", HTTPField.Name("X-Api-Key")!: "k", .cookie: "session=1",
            HTTPField.Name("X-Auth-Token")!: "t", HTTPField.Name("X-Proxy-Signature")!: "s",
            HTTPField.Name("X-Ratelimit-Remaining-Tokens")!: "99", .contentType: "application/json",
            HTTPField.Name("X-Note")!: "sent with \(testAPIKey)",
        ]
        guard case .dictionary(let values) = redactor.metadata(for: fields) else {
            Issue.record("headers are not a dictionary")
            return
        }
        for name in ["authorization", "x-api-key", "cookie", "x-auth-token", "x-proxy-signature"] {
            #expect(values[name] == "<redacted>", "\(name)")
        }
        #expect(values["x-ratelimit-remaining-tokens"] == "99")
        #expect(values["content-type"] == "application/json")
        #expect(values["x-note"] == "sent with <redacted>")
    }

    @Test("A long body is cut off, with its full size noted")
    func longBody() {
        let body = Data(repeating: UInt8(ascii: "a"), count: Redactor.bodyLimit + 100)
        let logged = redactor.metadata(forBody: body).description
        #expect(logged.hasPrefix(String(repeating: "a", count: Redactor.bodyLimit) + "…"))
        #expect(logged.hasSuffix("(\(Redactor.bodyLimit + 100) bytes in all)"))
    }
}

import Foundation
import Neosantara
import Testing

/// `neosantara webhooks verify`, run as the built binary.
@Suite("CLI: webhooks verify")
struct WebhooksCLITests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

    /// Writes `payload` to a temporary file and verifies it with `headers`.
    static func verify(_ payload: Data, headers: [String: String], secret: String = secret) async throws -> CLIResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("webhook-\(UUID().uuidString).json")
        try payload.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let arguments =
            ["webhooks", "verify", "--payload", file.path] + headers.flatMap { ["--header", "\($0): \($1)"] }
        return try await CLIRunner.run(arguments, environment: ["NEOSANTARA_WEBHOOK_SECRET": secret])
    }

    @Test("A signed delivery verifies and prints its type; a changed one exits 1 naming the failed check")
    func verify() async throws {
        let payload = Data(#"{"object":"event","id":"evt_1","type":"batch.completed","data":{"id":"batch_1"}}"#.utf8)
        let timestamp = Int(Date().timeIntervalSince1970)
        let signature = try Webhooks(secret: Self.secret).signature(payload: payload, id: "msg_1", timestamp: timestamp)
        let headers = ["webhook-id": "msg_1", "webhook-timestamp": String(timestamp), "webhook-signature": signature]
        let good = try await Self.verify(payload, headers: headers)
        #expect(good.status == 0)
        #expect(good.stdout == "batch.completed\n")
        var changed = payload
        changed[10] ^= 0x01
        let bad = try await Self.verify(changed, headers: headers)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("no signature matches"))
        #expect(!bad.stderr.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        let missing = try await Self.verify(payload, headers: headers.filter { $0.key != "webhook-id" })
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("webhook-id"))
    }

    @Test("Without NEOSANTARA_WEBHOOK_SECRET it is a usage error")
    func noSecret() async throws {
        let result = try await Self.verify(Data("{}".utf8), headers: [:], secret: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("NEOSANTARA_WEBHOOK_SECRET"))
    }
}

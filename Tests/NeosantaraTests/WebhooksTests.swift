import Foundation
import HTTPTypes
import Testing

@testable import Neosantara

/// Webhook verification after the Standard Webhooks scheme, and the typed events of both payload shapes.
@Suite("Webhooks")
struct WebhooksTests {
    /// The Standard Webhooks specification's own example: its secret, id, timestamp, payload and signature.
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let id = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    static let timestamp = 1_614_265_330
    static let payload = Data(#"{"test": 2432232314}"#.utf8)
    static let signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

    static func webhooks(secret: String = secret, at time: Int = timestamp) -> Webhooks {
        Webhooks(secret: secret, now: { Date(timeIntervalSince1970: TimeInterval(time)) })
    }

    static func headers(signature: String = signature, timestamp: Int = timestamp) -> [String: String] {
        ["Webhook-Id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signature]
    }

    static func failure(_ body: () throws(NeosantaraError) -> Void) -> NeosantaraError.WebhookFailure? {
        do {
            try body()
            Issue.record("the delivery verified")
            return nil
        } catch {
            #expect(error.kind == .webhookVerification)
            #expect(!error.message.contains(secret) && !error.description.contains(secret))
            #expect(!error.message.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
            return error.webhookFailure
        }
    }

    @Test("The specification's example verifies, and signing it gives the specification's signature")
    func specificationExample() throws {
        try Self.webhooks().verify(payload: Self.payload, headers: Self.headers())
        #expect(
            try Self.webhooks().signature(payload: Self.payload, id: Self.id, timestamp: Self.timestamp)
                == Self.signature)
        var fields = HTTPFields()
        for (name, value) in Self.headers() { fields[HTTPField.Name(name)!] = value }
        try Self.webhooks().verify(payload: Self.payload, headers: fields)
    }

    @Test("One good signature among several verifies; other versions are ignored")
    func severalSignatures() throws {
        let list = "v1a,ignored v1,bm90IHRoaXMgb25l " + Self.signature + " v2,abc"
        try Self.webhooks().verify(payload: Self.payload, headers: Self.headers(signature: list))
    }

    @Test("Any changed byte of the payload fails as signatureMismatch")
    func tampered() {
        for index in Self.payload.indices {
            var changed = Self.payload
            changed[index] ^= 0x01
            #expect(
                Self.failure { () throws(NeosantaraError) in
                    try Self.webhooks().verify(payload: changed, headers: Self.headers())
                } == .signatureMismatch)
        }
    }

    @Test("Each bad delivery fails with its own failure")
    func badDeliveries() {
        let webhooks = Self.webhooks()
        func check(_ headers: [String: String], secret: String = Self.secret, at time: Int = Self.timestamp)
            -> NeosantaraError.WebhookFailure?
        {
            Self.failure { () throws(NeosantaraError) in
                try Self.webhooks(secret: secret, at: time).verify(payload: Self.payload, headers: headers)
            }
        }
        #expect(check(Self.headers(), secret: "whsec_" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") == .signatureMismatch)
        #expect(check(Self.headers(), secret: "whsec_not*base64!") == .invalidSecret)
        #expect(check(Self.headers(), at: Self.timestamp + 301) == .staleTimestamp)
        #expect(check(Self.headers(), at: Self.timestamp - 301) == .futureTimestamp)
        for name in ["Webhook-Id", "webhook-timestamp", "webhook-signature"] {
            var headers = Self.headers()
            headers[name] = nil
            #expect(check(headers) == .missingHeader, "without \(name)")
        }
        var badTime = Self.headers()
        badTime["webhook-timestamp"] = "soon"
        #expect(check(badTime) == .invalidTimestamp)
        #expect(check(Self.headers(signature: "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")) == .malformedSignature)
        #expect(check(Self.headers(signature: "v1,###")) == .malformedSignature)
        #expect(webhooks.tolerance == .seconds(300))
    }

    @Test("Within the tolerance, either way, a delivery verifies")
    func withinTolerance() throws {
        try Self.webhooks(at: Self.timestamp + 299).verify(payload: Self.payload, headers: Self.headers())
        try Self.webhooks(at: Self.timestamp - 299).verify(payload: Self.payload, headers: Self.headers())
    }

    @Test(
        "Both payload shapes of the gateway's docs unwrap to typed events",
        arguments: [
            "webhook_event_standard.json", "webhook_background_response_completed.json",
        ])
    func exampleShapes(_ name: String) throws {
        let payload = try Fixtures.data("examples/" + name)
        let webhooks = Self.webhooks()
        let signature = try webhooks.signature(payload: payload, id: "msg_1", timestamp: Self.timestamp)
        let event = try webhooks.unwrap(
            payload: payload,
            headers: [
                "webhook-id": "msg_1", "webhook-timestamp": String(Self.timestamp), "webhook-signature": signature,
            ])
        #expect(event.type == "response.completed")
        guard case .responseCompleted(let response) = event.kind else {
            Issue.record("expected response.completed, got \(event.kind)")
            return
        }
        if name == "webhook_event_standard.json" {
            #expect(event.id == "evt_4f8c1a2b3d4e5f60718293a4b5c6d7e8")
            #expect(event.createdAt == 1_750_287_018)
            #expect(response.id == "resp_abc123")
        } else {
            #expect(response.id == "resp_01j7x8...")
            #expect(response.status == .completed)
            #expect(response.usage?.totalTokens == 970)
            #expect(event.outputText == "Complete analysis report...")
        }
    }

    @Test("Batch events, unknown types and payloads that are not events")
    func otherEvents() throws {
        func event(_ json: String) throws(NeosantaraError) -> WebhookEvent {
            let payload = Data(json.utf8)
            let webhooks = Self.webhooks()
            let signature = try webhooks.signature(payload: payload, id: "m", timestamp: Self.timestamp)
            return try webhooks.unwrap(
                payload: payload,
                headers: [
                    "webhook-id": "m", "webhook-timestamp": String(Self.timestamp), "webhook-signature": signature,
                ])
        }
        for (type, kind) in [
            ("batch.completed", WebhookEvent.Kind.batchCompleted(batchID: "batch_1")),
            ("batch.failed", .batchFailed(batchID: "batch_1")),
            ("batch.cancelled", .batchCancelled(batchID: "batch_1")),
            ("batch.expired", .batchExpired(batchID: "batch_1")),
        ] {
            #expect(
                try event(#"{"object":"event","id":"evt_1","type":"\#(type)","data":{"id":"batch_1"}}"#).kind == kind)
        }
        let failed = try event(#"{"object":"event","id":"evt_2","type":"response.failed","data":{"id":"resp_9"}}"#)
        #expect(failed.kind == .responseFailed(Response(id: "resp_9")))
        let unknown = try event(#"{"object":"event","id":"evt_3","type":"video.ready","data":{"id":"v_1"}}"#)
        #expect(unknown.kind == .unknown)
        #expect(unknown.data["id"] == "v_1")
        let notEvent = NeosantaraErrorCapture { () throws(NeosantaraError) in _ = try event("[1,2]") }
        #expect(notEvent?.kind == .decoding)
    }
}

/// The ``NeosantaraError`` `body` throws, or `nil`.
private func NeosantaraErrorCapture(_ body: () throws(NeosantaraError) -> Void) -> NeosantaraError? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}

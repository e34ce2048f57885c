import Foundation
import HTTPTypes

@testable import Neosantara

extension FuzzTarget {
    /// `Webhooks` never accepts a delivery it did not sign: with a fuzzed secret, id, timestamp and payload, the
    /// signed delivery verifies (unless its timestamp is too far from now or the secret is not valid), while the
    /// same delivery with one payload byte changed, another id or another timestamp is rejected; fuzzed headers
    /// are rejected without crashing, at the delivery's time and at the real time.
    ///
    /// Input: the secret, the id, the timestamp, the tolerance, the byte to change, fuzzed header values, then the
    /// payload.
    static let webhooks = FuzzTarget(name: "Webhooks") { bytes in
        var input = FuzzInput(bytes)
        let secret = input.bool() ? "whsec_" + Data(input.shortBytes()).base64EncodedString() : input.string()
        let id = input.string().trimmingCharacters(in: .whitespacesAndNewlines)
        let timestamp = Int(truncatingIfNeeded: input.uint64()) >> input.number(below: 64)
        let tolerance = Duration.seconds(Int64(input.byte()) << input.number(below: 64))
        let changed = Int(input.byte())
        let forgedTimestamp = input.bool() ? input.string() : String(Int(truncatingIfNeeded: input.uint64()))
        let forged = [
            "webhook-id": input.string(), "webhook-timestamp": forgedTimestamp, "webhook-signature": input.string(),
        ]
        let payload = Data(input.rest())
        let webhooks = Webhooks(secret: secret, tolerance: tolerance) { Date(timeIntervalSince1970: Double(timestamp)) }

        expectRejected(webhooks, payload, forged)
        expectRejected(Webhooks(secret: secret, tolerance: tolerance), payload, forged)
        guard let signature = try? webhooks.signature(payload: payload, id: id, timestamp: timestamp) else { return }
        let headers = ["webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signature]
        // An empty id is a missing header; a negative tolerance or a timestamp so large that `Date` rounds it
        // makes the delivery stale or early.
        if !id.isEmpty, tolerance >= .zero, timestamp.magnitude <= 1 << 40 {
            do {
                try webhooks.verify(payload: payload, headers: headers)
            } catch {
                require(false, "a signed delivery is rejected: \(error)")
            }
        }
        var changedPayload = payload
        if changedPayload.isEmpty {
            changedPayload.append(UInt8(changed))
        } else {
            let index = changedPayload.startIndex + changed % changedPayload.count
            changedPayload[index] ^= UInt8(max(changed, 1))
        }
        expectRejected(webhooks, changedPayload, headers)
        expectRejected(webhooks, payload, headers.merging(["webhook-id": id + "x"]) { $1 })
        expectRejected(webhooks, payload, headers.merging(["webhook-timestamp": String(timestamp &+ 1)]) { $1 })
    }

    /// Requires `webhooks` to reject `payload` with `headers`, through both header forms.
    private static func expectRejected(_ webhooks: Webhooks, _ payload: Data, _ headers: [String: String]) {
        let accepted = (try? webhooks.verify(payload: payload, headers: headers)) != nil
        require(!accepted, "accepted \(payload as NSData) with \(headers)")
        var fields = HTTPFields()
        for (name, value) in headers {
            if let name = HTTPField.Name(name) {
                fields[name] = value
            }
        }
        let acceptedFields = (try? webhooks.verify(payload: payload, headers: fields)) != nil
        require(!acceptedFields, "accepted \(payload as NSData) with \(fields)")
    }
}

import Foundation
import HTTPTypes
import Neosantara

/// Sends signed webhook events to a ``NeosantaraTestServer/WebhookEndpoint``, each in a task of its own.
struct WebhookDelivery: Sendable {
    let endpoint: NeosantaraTestServer.WebhookEndpoint

    /// POSTs a `type` event about the object `objectID`, numbered `sequence`, dated `now`.
    func deliver(_ type: String, objectID: String, sequence: Int, now: Date) {
        deliver(type, objectID: objectID, eventID: "evt_test_\(sequence)", now: now)
    }

    /// POSTs a `type` event about the object `objectID`, with the event id `eventID`, dated `now`.
    func deliver(_ type: String, objectID: String, eventID: String, now: Date) {
        let timestamp = Int(now.timeIntervalSince1970)
        let event: JSONValue = [
            "object": "event", "id": .string(eventID), "type": .string(type), "created_at": .int(timestamp),
            "data": ["id": .string(objectID)],
        ]
        let payload = Data(WireJSON.text(event).utf8)
        guard
            let signature = try? Webhooks(secret: endpoint.secret).signature(
                payload: payload, id: eventID, timestamp: timestamp)
        else { return }
        let url = endpoint.url
        Task {
            var request = HTTPRequest(method: .post, url: url)
            request.headerFields[.contentType] = "application/json"
            request.headerFields[HTTPField.Name("webhook-id")!] = eventID
            request.headerFields[HTTPField.Name("webhook-timestamp")!] = String(timestamp)
            request.headerFields[HTTPField.Name("webhook-signature")!] = signature
            guard
                let (_, body) = try? await AsyncHTTPClientTransport().send(
                    request, body: .bytes(payload), timeouts: .init(response: .seconds(10), connect: .seconds(5)))
            else { return }
            for try await _ in body {}
        }
    }
}

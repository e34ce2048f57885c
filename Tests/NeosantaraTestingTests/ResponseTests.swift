import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's `/v1/responses` routes, on the wire.
@Suite("Responses routes")
struct ResponseTests {
    @Test("A streamed response is framed with event: lines and numbered events, ending with response.completed")
    func streamFraming() async throws {
        try await NeosantaraTestServer.withServer { server in
            let reply = try await send(
                server, .post, "/v1/responses", body: #"{"model":"nusantara-base","input":"Halo","stream":true}"#)
            #expect(reply.head.headerFields[.contentType] == "text/event-stream")
            let events = reply.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            #expect(events.first?.hasPrefix("event: response.created\ndata: {") == true)
            #expect(events.last?.hasPrefix("event: response.completed\ndata: {") == true)
            let numbers = events.compactMap { event -> Int? in
                let data = event.components(separatedBy: "\n").last?.dropFirst("data: ".count) ?? ""
                return (try? JSONDecoder().decode(JSONValue.self, from: Data(data.utf8)))?["sequence_number"]?.intValue
            }
            #expect(numbers == Array(0..<events.count))
            #expect(!reply.text.contains("[DONE]"))
        }
    }

    @Test("A background response moves queued → in_progress → completed on the fetches the schedule names")
    func backgroundSchedule() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.backgroundSchedule = .init(fetchesWhileQueued: 2, fetchesWhileInProgress: 1)
        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let created = try await send(
                server, .post, "/v1/responses", body: #"{"model":"m","input":"Halo","background":true}"#)
            #expect(created.json?["status"] == "queued")
            #expect(created.json?["output"] == [])
            let id = created.json?["id"]?.stringValue ?? ""
            var statuses: [String] = []
            for _ in 0..<5 {
                statuses.append(try await send(server, .get, "/v1/responses/\(id)").json?["status"]?.stringValue ?? "")
            }
            #expect(statuses == ["queued", "queued", "in_progress", "completed", "completed"])
            #expect(server.storedResponses.first?.outputText == "Echo: Halo")
        }
    }

    @Test("Unknown ids are 404s with code response_not_found; a foreground cancel and a bad limit are 400s")
    func errors() async throws {
        try await NeosantaraTestServer.withServer { server in
            let missing = try await send(server, .get, "/v1/responses/resp_nope")
            #expect(missing.head.status == .notFound)
            #expect(missing.json?["error"]?["code"] == "response_not_found")
            #expect(try await send(server, .delete, "/v1/responses/resp_nope").head.status == .notFound)
            #expect(try await send(server, .get, "/v1/responses/resp_nope/input_items").head.status == .notFound)
            let created = try await send(server, .post, "/v1/responses", body: #"{"model":"m","input":"Halo"}"#)
            let id = created.json?["id"]?.stringValue ?? ""
            #expect(try await send(server, .post, "/v1/responses/\(id)/cancel").head.status == .badRequest)
            #expect(try await send(server, .get, "/v1/responses/\(id)/input_items?limit=0").head.status == .badRequest)
            let noModel = try await send(server, .post, "/v1/responses", body: #"{"input":"Halo"}"#)
            #expect(noModel.json?["error"]?["param"] == "model")
        }
    }

    @Test("Input items list newest first by default, with the ids the server gave them")
    func inputItems() async throws {
        try await NeosantaraTestServer.withServer { server in
            let created = try await send(
                server, .post, "/v1/responses",
                body: #"{"model":"m","input":[{"role":"user","content":"a"},{"role":"user","content":"b"}]}"#)
            let id = created.json?["id"]?.stringValue ?? ""
            let list = try await send(server, .get, "/v1/responses/\(id)/input_items")
            #expect(list.json?["object"] == "list")
            #expect(list.json?["data"]?.arrayValue?.compactMap { $0["content"]?.stringValue } == ["b", "a"])
            #expect(list.json?["data"]?[0]?["id"] == "item_test_1_1")
            #expect(list.json?["has_more"] == false)
        }
    }

    @Test("A finished or cancelled background response is announced to the webhook endpoint, signed")
    func webhookDelivery() async throws {
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        try await NeosantaraTestServer.withServer { endpoint in
            var configuration = NeosantaraTestServer.Configuration()
            configuration.webhook = .init(url: endpoint.baseURL.appendingPathComponent("hooks"), secret: secret)
            try await NeosantaraTestServer.withServer(configuration: configuration) { server in
                let client = makeClient(server)
                let queued = try await client.responses.create(model: "m", input: "Laporan", background: true)
                _ = try await client.responses.wait(queued.id)
                let other = try await client.responses.create(model: "m", input: "Batal", background: true)
                _ = try await client.responses.cancel(other.id)
                var deliveries: [RecordedRequest] = []
                for _ in 0..<500 where deliveries.count < 2 {
                    deliveries = endpoint.requests.filter { $0.path.hasSuffix("/hooks") }
                    try await Task.sleep(for: .milliseconds(10))
                }
                #expect(deliveries.count == 2)
                var kinds: [WebhookEvent.Kind] = []
                for delivery in deliveries {
                    var headers: [String: String] = [:]
                    for field in delivery.headers { headers[field.name.canonicalName] = field.value }
                    kinds.append(try Webhooks(secret: secret).unwrap(payload: delivery.body, headers: headers).kind)
                }
                let ids = kinds.compactMap { kind -> String? in
                    switch kind {
                    case .responseCompleted(let response): "completed " + response.id
                    case .responseCancelled(let response): "cancelled " + response.id
                    default: nil
                    }
                }
                #expect(Set(ids) == ["completed " + queued.id, "cancelled " + other.id])
            }
        }
    }
}

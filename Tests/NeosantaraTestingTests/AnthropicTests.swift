import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's Anthropic-compatible routes, seen on the wire as an Anthropic client sees them.
@Suite("Anthropic-compatible API")
struct AnthropicTests {
    static let apiKey = HTTPField.Name("x-api-key")!
    static let body =
        #"{"model":"claude-sonnet-4-6","max_tokens":50,"messages":[{"role":"user","content":"Halo apa kabar?"}]"#

    @Test("A key in x-api-key alone is accepted on /anthropic/ routes, and a wrong one gets Anthropic's error shape")
    func xAPIKey() async throws {
        try await NeosantaraTestServer.withServer(configuration: .init(expectedAPIKey: APIKey(testAPIKey))) { server in
            let accepted = try await send(
                server, .post, "/anthropic/v1/messages", body: Self.body + "}", headers: [Self.apiKey: testAPIKey])
            #expect(accepted.head.status == .ok)
            #expect(accepted.json?["type"] == "message")
            #expect(accepted.json?["content"]?[0] == ["type": "text", "text": "Echo: Halo apa kabar?"])
            #expect(accepted.json?["stop_reason"] == "end_turn")

            let refused = try await send(
                server, .post, "/anthropic/v1/messages", body: Self.body + "}", headers: [Self.apiKey: "nsk_wrong"])
            #expect(refused.head.status == .unauthorized)
            #expect(refused.json?["type"] == "error")
            #expect(refused.json?["error"]?["type"] == "authentication_error")
            #expect(refused.json?["error"]?["message"]?.stringValue?.isEmpty == false)

            let chat = try await send(server, .get, "/v1/models", headers: [Self.apiKey: testAPIKey])
            #expect(chat.head.status == .unauthorized, "the OpenAI-style routes want the bearer header")
            #expect(chat.json?["type"] == nil)
        }
    }

    @Test("A bad request gets a 400 in Anthropic's shape naming the parameter, after the SDK's limits")
    func invalidRequest() async throws {
        try await NeosantaraTestServer.withServer { server in
            let hot = try await send(server, .post, "/anthropic/v1/messages", body: Self.body + #","temperature":1.5}"#)
            #expect(hot.head.status == .badRequest)
            #expect(hot.json?["type"] == "error")
            #expect(hot.json?["error"]?["type"] == "invalid_request_error")
            #expect(hot.json?["error"]?["param"] == "temperature")
            let missing = try await send(
                server, .post, "/anthropic/v1/messages",
                body: #"{"model":"m","messages":[{"role":"user","content":"x"}]}"#)
            #expect(missing.json?["error"]?["param"] == "max_tokens")
        }
    }

    @Test("A stream is framed with event names, starts with message_start and a ping, and ends with message_stop")
    func streamFraming() async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(
                server, .post, "/anthropic/v1/messages", body: Self.body + #","stream":true}"#)
            #expect(response.head.headerFields[.contentType] == "text/event-stream")
            let events = response.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            let names = events.map { $0.split(separator: "\n")[0] }
            #expect(names.first == "event: message_start")
            #expect(names.dropFirst().first == "event: ping")
            #expect(names.last == "event: message_stop")
            for event in events {
                let lines = event.split(separator: "\n")
                let data = try JSONDecoder().decode(JSONValue.self, from: Data(lines[1].dropFirst("data: ".count).utf8))
                #expect("event: " + (data["type"]?.stringValue ?? "") == lines[0], "the event name is the data's type")
            }
        }
    }

    @Test("count_tokens counts words of messages and system; models list in Anthropic's shape")
    func countAndModels() async throws {
        try await NeosantaraTestServer.withServer { server in
            let count = try await send(
                server, .post, "/anthropic/v1/messages/count_tokens",
                body: #"{"model":"m","system":"satu dua","messages":[{"role":"user","content":"tiga empat lima"}]}"#)
            #expect(count.json == ["input_tokens": 5])
            let models = try await send(server, .get, "/anthropic/v1/models?limit=2")
            #expect(models.json?["data"]?[0]?["type"] == "model")
            #expect(models.json?["data"]?.arrayValue?.count == 2)
            #expect(models.json?["has_more"] == true)
            #expect(models.json?["last_id"] == models.json?["data"]?[1]?["id"])
            let missing = try await send(server, .get, "/anthropic/v1/models/nope")
            #expect(missing.head.status == .notFound)
            #expect(missing.json?["error"]?["type"] == "not_found_error")
        }
    }

    @Test("A scripted error on an Anthropic route is sent in Anthropic's shape, with its retry-after")
    func scriptedError() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rateLimited(retryAfter: 2), for: .anthropicMessages)
            let response = try await send(server, .post, "/anthropic/v1/messages", body: Self.body + "}")
            #expect(response.head.status == .tooManyRequests)
            #expect(response.head.headerFields[.retryAfter] == "2")
            #expect(response.json?["type"] == "error")
            #expect(response.json?["error"]?["type"] == "rate_limit_error")
        }
    }
}

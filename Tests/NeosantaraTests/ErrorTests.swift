import Foundation
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Every failure a call can meet, each a typed error with a message a user can act on, and never the key.
@Suite("Errors over loopback")
struct ErrorTests {
    struct StatusCase: Sendable, CustomTestStringConvertible {
        var status: Int
        var kind: NeosantaraError.Kind
        var testDescription: String { "\(status) → \(kind)" }
    }

    static let statuses: [StatusCase] = [
        .init(status: 400, kind: .badRequest), .init(status: 401, kind: .authentication),
        .init(status: 402, kind: .insufficientBalance), .init(status: 403, kind: .permissionDenied),
        .init(status: 404, kind: .notFound), .init(status: 409, kind: .conflict),
        .init(status: 422, kind: .unprocessableEntity), .init(status: 429, kind: .rateLimited),
        .init(status: 500, kind: .serverError), .init(status: 503, kind: .serverError),
        .init(status: 418, kind: .unexpectedStatus),
    ]

    @Test("Each error status decodes the API's error body", arguments: statuses)
    func errorStatus(_ testCase: StatusCase) async throws {
        let body =
            #"{"error":{"message":"status \#(testCase.status) says no","type":"some_error","code":"some_code","param":"model","details":{"hint":1}}}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .rawJSON(body, status: testCase.status, headers: [.requestID: "srv-9"]), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL).chat.completions.create(model: "m", messages: [.user("hi")])
                })
            #expect(error.kind == testCase.kind)
            #expect(error.status == testCase.status)
            #expect(error.requestID == "srv-9")
            #expect(error.message == "status \(testCase.status) says no")
            #expect(error.apiError?.type == "some_error")
            #expect(error.apiError?.code == "some_code")
            #expect(error.apiError?.details == ["hint": 1])
            #expect(error.parameter == "model")
            #expect(error.bodyText == body)
            #expect(error.description.hasPrefix("HTTP \(testCase.status) "))
            #expect(error.description.contains("status \(testCase.status) says no"))
            #expect(error.description.contains("[request id: srv-9]"))
            #expect(!error.description.contains(testAPIKey))
        }
    }

    @Test("A 429 exposes retry-after and the rate-limit details")
    func rateLimited() async throws {
        let body = String(decoding: try Fixtures.data("examples/error_429_itpm_exceeded.json"), as: UTF8.self)
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(body, status: 429, headers: [.retryAfter: "7"]), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL).chat.completions.create(model: "m", messages: [.user("hi")])
                })
            #expect(error.kind == .rateLimited)
            #expect(error.retryAfter == .seconds(7))
            #expect(error.rateLimit == RateLimitDetails(limit: 30000, remaining: 0, retryAfter: 12))
            #expect(error.apiError?.code == .itpmExceeded)
        }
    }

    @Test("A 429 without the header takes retry-after from the body's details")
    func retryAfterFromBody() async throws {
        let body = #"{"error":{"message":"slow down","details":{"limit":10,"remaining":0,"retry_after":3}}}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(body, status: 429), for: .embeddings)
            let error = try #require(
                await expectError { try await makeClient(server.baseURL).embeddings.create(model: "m", input: "x") })
            #expect(error.retryAfter == .seconds(3))
        }
    }

    @Test("An HTML error page is kept raw and summarised by its title")
    func htmlErrorPage() async throws {
        let page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.status(502, body: page, headers: [.contentType: "text/html"]), for: .listModels)
            let error = try #require(await expectError { try await makeClient(server.baseURL).models.list() })
            #expect(error.kind == .serverError)
            #expect(error.apiError == nil)
            #expect(error.bodyText == page)
            #expect(error.message == #"an HTML page titled "502 Bad Gateway" (\#(page.utf8.count) bytes)"#)
        }
    }

    @Test("An empty error body and a plain-text one are reported as such")
    func emptyAndTextBodies() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.status(500, body: "", headers: [.contentType: "text/plain"]), for: .listModels)
            server.enqueue(
                .status(503, body: "upstream\nexploded", headers: [.contentType: "text/plain"]), for: .keyStatus)
            let client = makeClient(server.baseURL)
            let empty = try #require(await expectError { try await client.models.list() })
            #expect(empty.message == "the body is empty")
            #expect(empty.body == Data())
            let text = try #require(await expectError { try await client.authentication.keyStatus() })
            #expect(text.message == "upstream exploded")
            #expect(text.status == 503)
        }
    }

    @Test("A 200 with malformed JSON is a decoding error with the raw body")
    func malformedJSON() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(#"{"id": "x", "choices": [ {"#), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL).chat.completions.create(model: "m", messages: [.user("hi")])
                })
            #expect(error.kind == .decoding)
            #expect(error.status == 200)
            #expect(error.bodyText == #"{"id": "x", "choices": [ {"#)
            #expect(error.description.contains("ChatCompletionsResponse"))
        }
    }

    @Test("A 200 of the wrong shape names the coding path that failed")
    func wrongShape() async throws {
        let body = #"{"object":"list","data":[{"id":"a"},{"id":42}]}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(body), for: .listModels)
            let error = try #require(await expectError { try await makeClient(server.baseURL).models.list() })
            #expect(error.kind == .decoding)
            #expect(error.codingPath == "data[1].id")
            #expect(error.message.contains("data[1].id") || error.description.contains("String"))
        }
    }

    @Test("Unknown enum values and unknown keys never make a response undecodable")
    func unknownValues() async throws {
        let body = """
            {"id":"c","object":"chat.completion","created":1,"model":"m","brand_new_key":{"x":[1]},"choices":[{"index":0,\
            "message":{"role":"narrator","content":"…","tool_calls":[{"id":"t","type":"computer_use","function":{"name":"f","arguments":"{}"}}],"new_field":1},\
            "finish_reason":"guardrail_intervened"}]}
            """
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(body), for: .chatCompletions)
            let reply = try await makeClient(server.baseURL).chat.completions.create(
                model: "m", messages: [.user("hi")])
            let choice = try #require(reply.choices.first)
            #expect(choice.finishReason == "guardrail_intervened")
            #expect(choice.finishReason?.rawValue == "guardrail_intervened")
            #expect(choice.message.role == "narrator")
            #expect(choice.message.toolCalls?.first?.type == "computer_use")
        }
    }

    @Test("A body over the size limit fails with a clear error")
    func responseTooLarge() async throws {
        let big = "{\"object\":\"list\",\"data\":[],\"padding\":\"" + String(repeating: "x", count: 4096) + "\"}"
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(big), for: .listModels)
            let error = try #require(
                await expectError { try await makeClient(server.baseURL, maximumResponseBodySize: 1024).models.list() })
            #expect(error.kind == .responseTooLarge)
            #expect(error.message == "the body is larger than 1024 bytes")
            #expect(error.description.contains("maximumResponseBodySize"))
        }
    }

    @Test("A server that is not there is a connection error")
    func connectionRefused() async throws {
        let deadURL = try await NeosantaraTestServer.withServer { server in server.baseURL }
        let error = try #require(await expectError { try await makeClient(deadURL).models.list() })
        #expect(error.kind == .connection)
        #expect(error.status == nil)
        #expect(error.underlying != nil)
        #expect(error.requestID?.hasPrefix("req_") == true)
    }

    @Test("A response slower than the timeout is a timeout error")
    func timeout() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(completionJSON).delayed(by: .seconds(10)), for: .chatCompletions)
            let clock = ContinuousClock()
            let start = clock.now
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL).chat.completions.create(
                        ChatCompletionsRequest(model: "m", messages: [.user("hi")]),
                        options: RequestOptions(timeout: .milliseconds(100)))
                })
            #expect(error.kind == .timeout)
            #expect(clock.now - start < .seconds(5), "the call gave up long before the server's 10 s reply")
        }
    }

    @Test("Cancelling the task cancels the request at once")
    func cancellation() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(completionJSON).delayed(by: .seconds(10)), for: .chatCompletions)
            let client = makeClient(server.baseURL)
            let task = Task {
                await expectError { try await client.chat.completions.create(model: "m", messages: [.user("hi")]) }
            }
            while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
            let clock = ContinuousClock()
            let cancelled = clock.now
            task.cancel()
            let error = try #require(await task.value)
            #expect(error.kind == .cancelled)
            #expect(clock.now - cancelled < .seconds(5), "the call ended long before the server's 10 s reply")
        }
    }

    @Test("With no key, the call fails before anything is sent")
    func missingKey() async throws {
        try await NeosantaraTestServer.withServer { server in
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL, apiKey: nil).chat.completions.create(
                        model: "m", messages: [.user("hi")])
                })
            #expect(error.kind == .missingAPIKey)
            #expect(error.description.contains("NEOSANTARA_API_KEY"))
            #expect(server.requests.isEmpty)
        }
    }

    @Test("A key the server echoes back is redacted from the error")
    func echoedKeyIsRedacted() async throws {
        let body =
            #"{"error":{"message":"Invalid API key: \#(testAPIKey)","type":"auth_error","code":"invalid_api_key"}}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .rawJSON(body, status: 401).withHeaders([
                    HTTPField.Name("X-Seen-Authorization")!: "Bearer \(testAPIKey)"
                ]),
                for: .listModels)
            let error = try #require(await expectError { try await makeClient(server.baseURL).models.list() })
            #expect(error.kind == .authentication)
            #expect(error.message == "Invalid API key: <redacted>")
            #expect(error.headers?[HTTPField.Name("X-Seen-Authorization")!] == "Bearer <redacted>")
            #expect(error.apiError?.message == "Invalid API key: <redacted>")
            for text in [
                error.description, String(describing: error), String(reflecting: error), error.bodyText ?? "",
                error.localizedDescription,
            ] {
                #expect(!text.contains(testAPIKey))
            }
            var dumped = ""
            dump(error, to: &dumped)
            #expect(!dumped.contains(testAPIKey))
        }
    }
}

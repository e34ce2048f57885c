import Foundation
import HTTPTypes
import InMemoryLogging
import InMemoryTracing
import Metrics
import MetricsTestKit
import Logging
import NeosantaraTesting
import Testing
import Tracing

@testable import Neosantara

/// Logs, metrics and spans of real calls over loopback, captured through the client's configuration.
@Suite("Observability")
struct ObservabilityTests {
    static let chat = [("operation", "chat"), ("model", "nusantara-base")]

    static func ask(_ client: NeosantaraClient, options: RequestOptions = RequestOptions()) async throws
        -> APIResponse<ChatCompletionsResponse>
    {
        try await client.chat.completions.create(
            ChatCompletionsRequest(model: "nusantara-base", messages: [.user("Apa ibu kota Indonesia?")]),
            options: options)
    }

    @Test("A plain call logs one line, counts a success and its tokens, and traces an operation with one attempt")
    func plainCall() async throws {
        let telemetry = CapturedTelemetry()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(RetryTests.success, for: .chatCompletions)
            let baseURL = server.baseURL
            let reply = try await Self.ask(telemetry.client(baseURL))

            let lines = telemetry.logs.entries
            try #require(lines.count == 1)
            #expect(lines[0].level == .debug)
            #expect(lines[0].message == "Request attempt succeeded")
            #expect(lines[0].metadata["neosantara.method"] == "POST")
            #expect(lines[0].metadata["neosantara.path"] == "/v1/chat/completions")
            #expect(lines[0].metadata["neosantara.operation"] == "chat")
            #expect(lines[0].metadata["neosantara.model"] == "nusantara-base")
            #expect(lines[0].metadata["neosantara.status"]?.description == "200")
            #expect(lines[0].metadata["neosantara.attempt"]?.description == "1")
            #expect(lines[0].metadata["neosantara.request_id"]?.description == reply.requestID)
            #expect(lines[0].metadata["neosantara.duration_ms"].flatMap { Double($0.description) } != nil)

            #expect(telemetry.counter(OperationMetrics.requestsLabel, Self.chat + [("outcome", "success")]) == 1)
            #expect(telemetry.timer(OperationMetrics.durationLabel, Self.chat + [("outcome", "success")]).count == 1)
            #expect(telemetry.counter(OperationMetrics.tokensLabel, Self.chat + [("type", "input")]) == 12)
            #expect(telemetry.counter(OperationMetrics.tokensLabel, Self.chat + [("type", "output")]) == 2)
            #expect(telemetry.metrics.counters(label: OperationMetrics.retriesLabel).isEmpty)
            #expect(telemetry.metrics.timers(label: OperationMetrics.timeToFirstTokenLabel).isEmpty)

            let operation = try telemetry.operationSpan()
            #expect(operation.operationName == "chat nusantara-base")
            #expect(operation.kind == .client)
            #expect(operation.attributes.get("gen_ai.operation.name") == "chat")
            #expect(operation.attributes.get("gen_ai.request.model") == "nusantara-base")
            #expect(operation.attributes.get("gen_ai.response.model") == "nusantara-base")
            #expect(operation.attributes.get("gen_ai.response.id") == "chatcmpl-1")
            #expect(operation.attributes.get("gen_ai.usage.input_tokens") == 12)
            #expect(operation.attributes.get("gen_ai.usage.output_tokens") == 2)
            #expect(operation.attributes.get("gen_ai.response.finish_reasons") == .stringArray(["stop"]))
            #expect(operation.attributes.get("server.address") == "127.0.0.1")
            #expect(operation.attributes.get("server.port") == .int(Int64(baseURL.port ?? 0)))
            #expect(operation.attributes.get("http.response.status_code") == 200)
            #expect(operation.attributes.get("gen_ai.request.stream") == nil)
            #expect(operation.errors.isEmpty)
            #expect(operation.status == nil)

            let attempts = telemetry.attemptSpans
            try #require(attempts.count == 1)
            #expect(attempts[0].operationName == "POST")
            #expect(attempts[0].parentSpanID == operation.spanID)
            #expect(attempts[0].attributes.get("http.request.method") == "POST")
            #expect(attempts[0].attributes.get("url.path") == "/v1/chat/completions")
            #expect(attempts[0].attributes.get("http.response.status_code") == 200)
            #expect(attempts[0].attributes.get("http.request.resend_count") == nil)

            let request = try #require(server.requests.first)
            #expect(request.header(InMemoryTracer.traceIDKey) == operation.traceID)
            #expect(request.header(InMemoryTracer.spanIDKey) == attempts[0].spanID)
        }
    }

    @Test("A retried call logs each attempt, counts the retry, and traces each attempt under one operation")
    func retriedCall() async throws {
        let telemetry = CapturedTelemetry()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([RetryTests.failure(503), RetryTests.success], for: .chatCompletions)
            _ = try await Self.ask(telemetry.client(server.baseURL, retry: .default))

            let lines = telemetry.logs.entries
            try #require(lines.count == 2)
            #expect(lines[0].message == "Request attempt failed")
            #expect(lines[0].metadata["neosantara.attempt"]?.description == "1")
            #expect(lines[0].metadata["neosantara.status"]?.description == "503")
            #expect(lines[0].metadata["neosantara.error"] == "serverError")
            #expect(lines[0].metadata["neosantara.error_message"] == "failed")
            #expect(lines[0].metadata["neosantara.retry_in_ms"].flatMap { Double($0.description) } != nil)
            #expect(lines[1].message == "Request attempt succeeded")
            #expect(lines[1].metadata["neosantara.attempt"]?.description == "2")
            #expect(lines[0].metadata["neosantara.request_id"] == lines[1].metadata["neosantara.request_id"])

            #expect(telemetry.counter(OperationMetrics.retriesLabel, Self.chat + [("reason", "serverError")]) == 1)
            #expect(telemetry.counter(OperationMetrics.requestsLabel, Self.chat + [("outcome", "success")]) == 1)
            #expect(telemetry.metrics.counters(label: OperationMetrics.requestsLabel).count == 1)

            let operation = try telemetry.operationSpan()
            #expect(operation.attributes.get("http.response.status_code") == 200)
            #expect(operation.errors.isEmpty)
            let attempts = telemetry.attemptSpans
            try #require(attempts.count == 2)
            #expect(attempts.allSatisfy { $0.parentSpanID == operation.spanID })
            #expect(attempts[0].attributes.get("http.response.status_code") == 503)
            #expect(attempts[0].attributes.get("error.type") == "serverError")
            #expect(attempts[0].errors.count == 1)
            #expect(attempts[0].status?.code == .error)
            #expect(attempts[1].attributes.get("http.request.resend_count") == 1)
            #expect(attempts[1].attributes.get("http.response.status_code") == 200)
            #expect(attempts[1].errors.isEmpty)
            #expect(
                server.requests.map { $0.header(InMemoryTracer.spanIDKey) } == attempts.map { Optional($0.spanID) })
        }
    }

    @Test("A failed call logs the error, counts the failure by kind, and records the error on the spans")
    func failedCall() async throws {
        let telemetry = CapturedTelemetry()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(#"{"error":{"message":"model is required"}}"#, status: 400), for: .chatCompletions)
            let error = try #require(await expectError { try await Self.ask(telemetry.client(server.baseURL)) })
            #expect(error.kind == .badRequest)

            let lines = telemetry.logs.entries
            try #require(lines.count == 1)
            #expect(lines[0].message == "Request attempt failed")
            #expect(lines[0].metadata["neosantara.status"]?.description == "400")
            #expect(lines[0].metadata["neosantara.error"] == "badRequest")
            #expect(lines[0].metadata["neosantara.error_message"] == "model is required")
            #expect(lines[0].metadata["neosantara.retry_in_ms"] == nil)

            let failure = Self.chat + [("outcome", "badRequest")]
            #expect(telemetry.counter(OperationMetrics.requestsLabel, failure) == 1)
            #expect(telemetry.timer(OperationMetrics.durationLabel, failure).count == 1)
            #expect(telemetry.metrics.counters(label: OperationMetrics.tokensLabel).isEmpty)
            #expect(telemetry.metrics.counters(label: OperationMetrics.retriesLabel).isEmpty)

            let operation = try telemetry.operationSpan()
            #expect(operation.attributes.get("error.type") == "badRequest")
            #expect(operation.attributes.get("http.response.status_code") == 400)
            #expect(operation.attributes.get("gen_ai.response.model") == nil)
            #expect(operation.status?.code == .error)
            #expect(operation.errors.map { ($0.error as? NeosantaraError)?.kind } == [.badRequest])
            #expect(telemetry.attemptSpans.count == 1)
        }
    }

    @Test("With nothing configured, the application's tracer and metrics factory are used, under the caller's span")
    func bootstrappedDefaults() async throws {
        let telemetry = CapturedTelemetry()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(RetryTests.success, for: .chatCompletions)
            let client = makeClient(server.baseURL)
            try await withTracer(telemetry.tracer) {
                try await withMetricsFactory(telemetry.metrics) {
                    try await telemetry.tracer.withSpan("handle order") { _ in
                        _ = try await Self.ask(client)
                    }
                }
            }
            let spans = telemetry.tracer.finishedSpans
            let caller = try #require(spans.first { $0.operationName == "handle order" })
            let operation = try #require(spans.first { $0.operationName == "chat nusantara-base" })
            let attempt = try #require(spans.first { $0.operationName == "POST" })
            #expect(operation.parentSpanID == caller.spanID)
            #expect(attempt.parentSpanID == operation.spanID)
            #expect(server.requests.first?.header(InMemoryTracer.spanIDKey) == attempt.spanID)
            #expect(telemetry.counter(OperationMetrics.requestsLabel, Self.chat + [("outcome", "success")]) == 1)
        }
    }

    @Test("A call that fails before anything is sent is counted and traced, with no attempt")
    func failureBeforeSending() async throws {
        let telemetry = CapturedTelemetry()
        var configuration = NeosantaraClient.Configuration(
            apiKey: nil, baseURL: URL(string: "http://127.0.0.1:9/v1")!)
        configuration.metricsFactory = telemetry.metrics
        configuration.tracer = telemetry.tracer
        let client = NeosantaraClient(configuration: configuration)
        let error = try #require(await expectError { try await client.models.list() })
        #expect(error.kind == .missingAPIKey)
        let none = [("operation", "list_models"), ("model", "none"), ("outcome", "missingAPIKey")]
        #expect(telemetry.counter(OperationMetrics.requestsLabel, none) == 1)
        let operation = try telemetry.operationSpan()
        #expect(operation.operationName == "list_models")
        #expect(operation.attributes.get("error.type") == "missingAPIKey")
        #expect(telemetry.attemptSpans.isEmpty)
    }

    @Test("At trace level each attempt also logs the request and the response, headers and bodies")
    func traceLevel() async throws {
        let telemetry = CapturedTelemetry()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .rawJSON(completionJSON, headers: [HTTPField.Name("X-Ratelimit-Remaining-Tokens")!: "99"]),
                for: .chatCompletions)
            _ = try await Self.ask(telemetry.client(server.baseURL, level: .trace))
            #expect(
                telemetry.logs.entries.map(\.message.description) == [
                    "Sending request", "Received response", "Request attempt succeeded",
                ])
            let sent = try #require(telemetry.lines("Sending request").first)
            #expect(sent.level == .trace)
            guard case .dictionary(let headers) = sent.metadata["neosantara.request.headers"] else {
                Issue.record("no request headers in \(sent.metadata)")
                return
            }
            #expect(headers["authorization"] == "<redacted>")
            #expect(headers["x-neosantara-retry-count"] == "0")
            #expect(headers["content-type"] == "application/json")
            #expect(
                sent.metadata["neosantara.request.body"]?.description.contains(#""model":"nusantara-base""#) == true)
            let received = try #require(telemetry.lines("Received response").first)
            #expect(received.metadata["neosantara.status"]?.description == "200")
            #expect(received.metadata["neosantara.response.body"] == .string(completionJSON))
            guard case .dictionary(let responseHeaders) = received.metadata["neosantara.response.headers"] else {
                Issue.record("no response headers in \(received.metadata)")
                return
            }
            #expect(responseHeaders["x-ratelimit-remaining-tokens"] == "99")
        }
    }

    @Test("The key never appears in a log line, a metric or a span, even at trace level and when echoed back")
    func keyNeverObserved() async throws {
        let telemetry = CapturedTelemetry()
        let echoField = HTTPField.Name("X-Echo")!
        let echo = ScriptedReply.rawJSON(
            #"{"error":{"message":"Invalid key \#(testAPIKey); send Authorization: Bearer \#(testAPIKey)","api_key":"\#(testAPIKey)"}}"#,
            status: 401, headers: [echoField: "Bearer \(testAPIKey)", HTTPField.Name("X-Seen-Key")!: testAPIKey])
        let leaky = HeaderMiddleware(name: "X-Api-Key", value: testAPIKey)
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([.rawJSON(completionJSON, headers: [echoField: testAPIKey]), echo], for: .chatCompletions)
            let client = telemetry.client(server.baseURL, level: .trace, middleware: [leaky])
            _ = try await client.chat.completions.create(
                model: "nusantara-base", messages: [.user("my key is \(testAPIKey)")])
            _ = await expectError { try await Self.ask(client) }
            #expect(server.requests.allSatisfy { $0.header("X-Api-Key") == testAPIKey })
        }
        let everything = telemetry.everything
        #expect(everything.count > 20)
        #expect(everything.contains { $0.contains("<redacted>") })
        #expect(everything.contains { $0.contains("authorization") })
        let leaks = everything.filter { $0.contains(testAPIKey) }
        #expect(leaks.isEmpty, "the key leaked in \(leaks)")
    }

    @Test("A stream records time to first token, the chunks' model, usage and finish reasons")
    func streamHook() async throws {
        let telemetry = CapturedTelemetry()
        let events = """
            data: {"id":"chatcmpl-2","model":"nusantara-base-2","choices":[{"index":0,"delta":{"content":"Ja"}}]}

            data: {"id":"chatcmpl-2","model":"nusantara-base-2","choices":[{"index":0,"delta":{"content":"karta."},"finish_reason":"stop"}]}

            data: {"id":"chatcmpl-2","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}}

            data: [DONE]


            """
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream([events]), for: .chatCompletions)
            let client = telemetry.client(server.baseURL)
            let stream = try await client.chat.completions.stream(model: "nusantara-base", messages: [.user("hi")])
            #expect(telemetry.tracer.finishedSpans.count == 1, "only the attempt has ended")
            let final = try await stream.finalResponse()
            #expect(final.choices.first?.message.content == "Jakarta.")
        }
        #expect(telemetry.timer(OperationMetrics.timeToFirstTokenLabel, Self.chat).count == 1)
        #expect(telemetry.counter(OperationMetrics.requestsLabel, Self.chat + [("outcome", "success")]) == 1)
        #expect(telemetry.metrics.counters(label: OperationMetrics.requestsLabel).count == 1)
        #expect(telemetry.counter(OperationMetrics.tokensLabel, Self.chat + [("type", "input")]) == 9)
        #expect(telemetry.counter(OperationMetrics.tokensLabel, Self.chat + [("type", "output")]) == 3)
        let operation = try telemetry.operationSpan()
        #expect(operation.attributes.get("gen_ai.request.stream") == true)
        #expect(operation.attributes.get("gen_ai.response.model") == "nusantara-base-2")
        #expect(operation.attributes.get("gen_ai.response.id") == "chatcmpl-2")
        #expect(operation.attributes.get("gen_ai.usage.input_tokens") == 9)
        #expect(operation.attributes.get("gen_ai.usage.output_tokens") == 3)
        #expect(operation.attributes.get("gen_ai.response.finish_reasons") == .stringArray(["stop"]))
        guard case .double(let firstChunk) = operation.attributes.get("gen_ai.response.time_to_first_chunk") else {
            Issue.record("no time to first chunk in \(operation.attributes)")
            return
        }
        #expect(firstChunk > 0 && firstChunk < 10)
        #expect(telemetry.lines("Request attempt succeeded").count == 1)
    }

    @Test("A stream dropped before it ends is counted and traced as cancelled")
    func abandonedStream() async throws {
        let telemetry = CapturedTelemetry()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(["data: [DONE]\n\n"]), for: .chatCompletions)
            _ = try await telemetry.client(server.baseURL).executor.open(
                Route(method: .post, path: "/chat/completions", operation: "chat", model: "nusantara-base"),
                .json(ChatCompletionsRequest(model: "nusantara-base", messages: [.user("hi")])),
                options: RequestOptions())
        }
        #expect(telemetry.counter(OperationMetrics.requestsLabel, Self.chat + [("outcome", "cancelled")]) == 1)
        let operation = try telemetry.operationSpan()
        #expect(operation.attributes.get("error.type") == "cancelled")
        #expect(operation.status?.code == .error)
    }
}

/// A middleware that sets one header on every request.
struct HeaderMiddleware: NeosantaraMiddleware {
    let name: String
    let value: String

    func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws {
        request.headerFields[HTTPField.Name(name)!] = value
    }
}

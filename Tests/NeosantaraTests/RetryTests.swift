import Foundation
import NIOCore
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Retries over loopback, against a server that fails on command. Waits are recorded, not slept.
@Suite("Retries over loopback")
struct RetryTests {
    /// An error reply with the API's body and `message`.
    static func failure(_ status: Int, _ message: String = "failed", headers: HTTPFields = [:]) -> ScriptedReply {
        .rawJSON(#"{"error":{"message":"\#(message)"}}"#, status: status, headers: headers)
    }

    static let success = ScriptedReply.rawJSON(completionJSON)

    static func chat(_ client: NeosantaraClient, options: RequestOptions = RequestOptions()) async throws
        -> ChatCompletionsResponse
    {
        try await client.chat.completions.create(
            ChatCompletionsRequest(model: "m", messages: [.user("hi")]), options: options
        ).value
    }

    @Test("Retries are on by default: two 503s, then a 200, waiting 0.375–0.5 s and 0.75–1 s")
    func onByDefault() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([Self.failure(503), Self.failure(503), Self.success], for: .chatCompletions)
            let recorder = SleepRecorder()
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: server.baseURL)
            configuration.sleep = recorder.sleep
            let reply = try await Self.chat(NeosantaraClient(configuration: configuration))
            #expect(reply.choices.first?.message.content == "Jakarta.")
            #expect(server.requests.count == 3)
            let delays = recorder.delays
            try #require(delays.count == 2)
            #expect(delays[0] > .milliseconds(375) && delays[0] <= .milliseconds(500))
            #expect(delays[1] > .milliseconds(750) && delays[1] <= .milliseconds(1000))
        }
    }

    @Test("Every attempt sends the same request id and counts its retries")
    func sameRequestID() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([Self.failure(500), Self.failure(502), Self.success], for: .chatCompletions)
            let client = makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep)
            _ = try await Self.chat(client, options: RequestOptions(requestID: "order-42"))
            #expect(server.requests.map { $0.header("x-request-id") } == ["order-42", "order-42", "order-42"])
            #expect(server.requests.map { $0.header("x-neosantara-retry-count") } == ["0", "1", "2"])
            #expect(Set(server.requests.map(\.body)).count == 1)
            let generated = try await NeosantaraTestServer.withServer { server in
                server.enqueue([Self.failure(500), Self.success], for: .chatCompletions)
                _ = try await Self.chat(makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep))
                return server.requests.map { $0.header("x-request-id") }
            }
            #expect(generated.count == 2)
            #expect(generated[0]?.hasPrefix("req_") == true)
            #expect(generated[0] == generated[1])
        }
    }

    @Test("When every attempt fails, the last attempt's error is thrown with the number of attempts")
    func exhausted() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [Self.failure(503, "first"), Self.failure(500, "second"), Self.failure(502, "third")],
                for: .chatCompletions)
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(server.baseURL, retry: .default, sleep: recorder.sleep))
                })
            #expect(server.requests.count == 3)
            #expect(recorder.delays.count == 2)
            #expect(error.kind == .serverError)
            #expect(error.status == 502)
            #expect(error.message == "third")
            #expect(error.attempts == 3)
            #expect(error.description.contains("after 3 attempts"))
        }
    }

    @Test("A 429's retry-after is honoured, and the final error still carries the rate-limit details")
    func rateLimitRetryAfter() async throws {
        let body = String(decoding: try Fixtures.data("examples/error_429_itpm_exceeded.json"), as: UTF8.self)
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                Array(repeating: .rawJSON(body, status: 429, headers: [.retryAfter: "7"]), count: 3),
                for: .chatCompletions)
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(server.baseURL, retry: .default, sleep: recorder.sleep))
                })
            #expect(server.requests.count == 3)
            #expect(recorder.delays == [.seconds(7), .seconds(7)])
            #expect(error.kind == .rateLimited)
            #expect(error.attempts == 3)
            #expect(error.retryAfter == .seconds(7))
            #expect(error.rateLimit == RateLimitDetails(limit: 30000, remaining: 0, retryAfter: 12))
        }
    }

    @Test("retry-after-ms wins over retry-after; a wait over 60 s falls back to the backoff")
    func retryAfterVariants() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [
                    Self.failure(429, headers: [HTTPField.Name("retry-after-ms")!: "20", .retryAfter: "5"]),
                    Self.failure(503, headers: [.retryAfter: "3600"]), Self.success,
                ], for: .chatCompletions)
            let recorder = SleepRecorder()
            var policy = RetryPolicy.default
            policy.backoff.jitter = 0
            _ = try await Self.chat(makeClient(server.baseURL, retry: policy, sleep: recorder.sleep))
            #expect(server.requests.count == 3)
            #expect(recorder.delays == [.milliseconds(20), .seconds(1)])
        }
    }

    @Test("500, then 200, succeeds on the second attempt")
    func serverErrorThenSuccess() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([Self.failure(500), Self.success], for: .chatCompletions)
            let recorder = SleepRecorder()
            var policy = RetryPolicy.default
            policy.backoff.jitter = 0
            let reply = try await Self.chat(makeClient(server.baseURL, retry: policy, sleep: recorder.sleep))
            #expect(reply.id == "chatcmpl-1")
            #expect(server.requests.count == 2)
            #expect(recorder.delays == [.milliseconds(500)])
        }
    }

    @Test("A connection closed without a response is retried")
    func droppedConnection() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([.closeConnection, Self.success], for: .chatCompletions)
            let reply = try await Self.chat(makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep))
            #expect(reply.id == "chatcmpl-1")
            #expect(server.requests.count == 2)
        }
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Array(repeating: .closeConnection, count: 3), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep))
                })
            #expect(error.kind == .connection)
            #expect(error.attempts == 3)
            #expect(server.requests.count == 3)
        }
    }

    @Test("A refused connection is retried, and not when retryConnectionErrors is off")
    func refusedConnection() async throws {
        let deadURL = try await NeosantaraTestServer.withServer { server in server.baseURL }
        let recorder = SleepRecorder()
        let error = try #require(
            await expectError { try await Self.chat(makeClient(deadURL, retry: .default, sleep: recorder.sleep)) })
        #expect(error.kind == .connection)
        #expect(error.attempts == 3)
        #expect(recorder.delays.count == 2)
        let strict = try #require(
            await expectError {
                try await Self.chat(
                    makeClient(deadURL, retry: RetryPolicy(retryConnectionErrors: false), sleep: recorder.sleep))
            })
        #expect(strict.attempts == 1)
    }

    @Test("Client errors are not retried", arguments: [400, 401, 402, 403, 404, 422])
    func clientErrorsNotRetried(status: Int) async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Array(repeating: Self.failure(status), count: 3), for: .chatCompletions)
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(server.baseURL, retry: .default, sleep: recorder.sleep))
                })
            #expect(error.status == status)
            #expect(error.attempts == 1)
            #expect(server.requests.count == 1)
            #expect(recorder.delays.isEmpty)
        }
    }

    @Test("x-should-retry: true retries a 400; x-should-retry: false stops a 503")
    func shouldRetryHeader() async throws {
        let shouldRetry = HTTPField.Name("x-should-retry")!
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                Array(repeating: Self.failure(400, headers: [shouldRetry: "true"]), count: 3), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep))
                })
            #expect(error.kind == .badRequest)
            #expect(error.attempts == 3)
            #expect(server.requests.count == 3)
        }
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                Array(repeating: Self.failure(503, headers: [shouldRetry: "false"]), count: 3), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep))
                })
            #expect(error.attempts == 1)
            #expect(server.requests.count == 1)
        }
    }

    @Test("A per-request policy beats the client's")
    func perRequestOverride() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Array(repeating: Self.failure(503), count: 6), for: .chatCompletions)
            let retrying = makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep)
            let once = try #require(
                await expectError { try await Self.chat(retrying, options: RequestOptions(retry: .disabled)) })
            #expect(once.attempts == 1)
            #expect(server.requests.count == 1)

            let never = makeClient(server.baseURL, retry: .disabled, sleep: SleepRecorder().sleep)
            let five = try #require(
                await expectError {
                    try await Self.chat(never, options: RequestOptions(retry: RetryPolicy(maxAttempts: 5)))
                })
            #expect(five.attempts == 5)
            #expect(server.requests.count == 6)
        }
    }

    @Test("A disabled policy makes one attempt")
    func disabled() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Array(repeating: Self.failure(503), count: 3), for: .chatCompletions)
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(server.baseURL, retry: .disabled, sleep: recorder.sleep))
                })
            #expect(error.attempts == 1)
            #expect(error.description.contains("attempts") == false)
            #expect(server.requests.count == 1)
            #expect(recorder.delays.isEmpty)
        }
    }

    @Test("A retry whose wait would pass maxElapsedTime is not made")
    func maxElapsedTime() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Array(repeating: Self.failure(503), count: 10), for: .chatCompletions)
            let policy = RetryPolicy(maxAttempts: 10, maxElapsedTime: .milliseconds(400))
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(server.baseURL, retry: policy, sleep: recorder.sleep))
                })
            // The first wait (at most 0.5 s) may fit; the second (at least 0.75 s) cannot.
            #expect(error.attempts == recorder.delays.count + 1)
            #expect(error.attempts <= 2)
            #expect(server.requests.count == error.attempts)
        }
    }

    @Test("A policy decoded from the TypeScript SDK's RetryConfig drives the client")
    func typeScriptConfig() async throws {
        let json = """
            {"strategy":"backoff","backoff":{"initialInterval":100,"maxInterval":250,"exponent":2,\
            "maxElapsedTime":60000},"retryConnectionErrors":true,"jitter":0}
            """
        let policy = try JSONDecoder().decode(RetryPolicy.self, from: Data(json.utf8))
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [Self.failure(503), Self.failure(503), Self.failure(503), Self.success], for: .chatCompletions)
            let recorder = SleepRecorder()
            _ = try await Self.chat(makeClient(server.baseURL, retry: policy, sleep: recorder.sleep))
            #expect(server.requests.count == 4)
            #expect(recorder.delays == [.milliseconds(100), .milliseconds(200), .milliseconds(250)])
        }
    }

    @Test("Cancelling the task during a backoff ends the call at once with a cancellation error")
    func cancelledDuringBackoff() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Array(repeating: Self.failure(503), count: 3), for: .chatCompletions)
            let recorder = SleepRecorder(suspends: true)
            let client = makeClient(server.baseURL, retry: .default, sleep: recorder.sleep)
            let task = Task { await expectError { try await Self.chat(client) } }
            while recorder.delays.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
            let clock = ContinuousClock()
            let start = clock.now
            task.cancel()
            let error = try #require(await task.value)
            #expect(clock.now - start < .seconds(5), "the backoff sleep never ends on its own")
            #expect(error.kind == .cancelled)
            #expect(error.attempts == 1)
            #expect(error.requestID?.hasPrefix("req_") == true)
            #expect(server.requests.count == 1)
        }
    }

    @Test("A stream is retried until its response begins, and not once it has")
    func streamRetriedOnlyBeforeItBegins() async throws {
        let stalled = ScriptedReply.rawStream(["data: {}\n\ndata: [DONE]\n\n"])
            .pausing(afterBytes: 10, for: .seconds(10))
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([Self.failure(503), stalled], for: .chatCompletions)
            let client = makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep)
            let response = try await client.executor.open(
                Route(method: .post, path: "/chat/completions", operation: "chat"),
                .json(ChatCompletionsRequest(model: "m", messages: [.user("hi")])),
                options: RequestOptions(idleTimeout: .milliseconds(100)))
            #expect(server.requests.count == 2)
            let iterator = TimedBodyReader(base: response.body, limits: response.bodyLimits)
            let first = try await iterator.next()
            #expect(first.map { String(buffer: $0) } == "data: {}\n\n")
            let error = try #require(await expectError { try await iterator.next() })
            #expect(error.kind == .timeout)
            #expect(error.timeoutKind == .idle)
            #expect(server.requests.count == 2)
        }
    }
}

import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import Testing

@testable import Neosantara

/// Retries over loopback, against a server that fails on command. Waits are recorded, not slept.
@Suite("Retries over loopback")
struct RetryTests {
    /// A handler that gives the replies in order, one per request, and repeats the last one.
    static func replies(_ replies: StubReply...) -> StubServer.Handler {
        let served = NIOLockedValueBox(0)
        return { _ in
            let index = served.withLockedValue { count in
                defer { count += 1 }
                return count
            }
            return replies[min(index, replies.count - 1)]
        }
    }

    static func failure(_ status: Int, _ message: String = "failed", headers: [(String, String)] = []) -> StubReply {
        .json(#"{"error":{"message":"\#(message)"}}"#, status: status, headers: headers)
    }

    static let success = StubReply.json(completionJSON)

    static func chat(_ client: NeosantaraClient, options: RequestOptions = RequestOptions()) async throws
        -> ChatCompletionsResponse
    {
        try await client.chat.completions.create(
            ChatCompletionsRequest(model: "m", messages: [.user("hi")]), options: options
        ).value
    }

    @Test("Retries are on by default: two 503s, then a 200, waiting 0.375–0.5 s and 0.75–1 s")
    func onByDefault() async throws {
        try await StubServer.withServer(handler: Self.replies(Self.failure(503), Self.failure(503), Self.success)) {
            baseURL, server in
            let recorder = SleepRecorder()
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: baseURL)
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
        try await StubServer.withServer(handler: Self.replies(Self.failure(500), Self.failure(502), Self.success)) {
            baseURL, server in
            let client = makeClient(baseURL, retry: .default, sleep: SleepRecorder().sleep)
            _ = try await Self.chat(client, options: RequestOptions(requestID: "order-42"))
            #expect(server.requests.map { $0.header("x-request-id") } == ["order-42", "order-42", "order-42"])
            #expect(server.requests.map { $0.header("x-neosantara-retry-count") } == ["0", "1", "2"])
            #expect(Set(server.requests.map(\.body)).count == 1)
            let generated = try await StubServer.withServer(handler: Self.replies(Self.failure(500), Self.success)) {
                baseURL, server in
                _ = try await Self.chat(makeClient(baseURL, retry: .default, sleep: SleepRecorder().sleep))
                return server.requests.map { $0.header("x-request-id") }
            }
            #expect(generated.count == 2)
            #expect(generated[0]?.hasPrefix("req_") == true)
            #expect(generated[0] == generated[1])
        }
    }

    @Test("When every attempt fails, the last attempt's error is thrown with the number of attempts")
    func exhausted() async throws {
        try await StubServer.withServer(
            handler: Self.replies(Self.failure(503, "first"), Self.failure(500, "second"), Self.failure(502, "third"))
        ) { baseURL, server in
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError { try await Self.chat(makeClient(baseURL, retry: .default, sleep: recorder.sleep)) })
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
        try await StubServer.withServer(handler: { _ in .json(body, status: 429, headers: [("retry-after", "7")]) }) {
            baseURL, server in
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError { try await Self.chat(makeClient(baseURL, retry: .default, sleep: recorder.sleep)) })
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
        try await StubServer.withServer(
            handler: Self.replies(
                Self.failure(429, headers: [("retry-after-ms", "20"), ("retry-after", "5")]),
                Self.failure(503, headers: [("retry-after", "3600")]), Self.success)
        ) { baseURL, server in
            let recorder = SleepRecorder()
            var policy = RetryPolicy.default
            policy.backoff.jitter = 0
            _ = try await Self.chat(makeClient(baseURL, retry: policy, sleep: recorder.sleep))
            #expect(server.requests.count == 3)
            #expect(recorder.delays == [.milliseconds(20), .seconds(1)])
        }
    }

    @Test("500, then 200, succeeds on the second attempt")
    func serverErrorThenSuccess() async throws {
        try await StubServer.withServer(handler: Self.replies(Self.failure(500), Self.success)) { baseURL, server in
            let recorder = SleepRecorder()
            var policy = RetryPolicy.default
            policy.backoff.jitter = 0
            let reply = try await Self.chat(makeClient(baseURL, retry: policy, sleep: recorder.sleep))
            #expect(reply.id == "chatcmpl-1")
            #expect(server.requests.count == 2)
            #expect(recorder.delays == [.milliseconds(500)])
        }
    }

    @Test("A connection closed without a response is retried")
    func droppedConnection() async throws {
        try await StubServer.withServer(handler: Self.replies(.dropConnection, Self.success)) { baseURL, server in
            let reply = try await Self.chat(makeClient(baseURL, retry: .default, sleep: SleepRecorder().sleep))
            #expect(reply.id == "chatcmpl-1")
            #expect(server.requests.count == 2)
        }
        try await StubServer.withServer(handler: { _ in .dropConnection }) { baseURL, server in
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(baseURL, retry: .default, sleep: SleepRecorder().sleep))
                })
            #expect(error.kind == .connection)
            #expect(error.attempts == 3)
            #expect(server.requests.count == 3)
        }
    }

    @Test("A refused connection is retried, and not when retryConnectionErrors is off")
    func refusedConnection() async throws {
        let deadURL = try await StubServer.withServer(handler: { _ in .json("{}") }) { baseURL, _ in baseURL }
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
        try await StubServer.withServer(handler: { _ in Self.failure(status) }) { baseURL, server in
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError { try await Self.chat(makeClient(baseURL, retry: .default, sleep: recorder.sleep)) })
            #expect(error.status == status)
            #expect(error.attempts == 1)
            #expect(server.requests.count == 1)
            #expect(recorder.delays.isEmpty)
        }
    }

    @Test("x-should-retry: true retries a 400; x-should-retry: false stops a 503")
    func shouldRetryHeader() async throws {
        try await StubServer.withServer(handler: { _ in Self.failure(400, headers: [("x-should-retry", "true")]) }) {
            baseURL, server in
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(baseURL, retry: .default, sleep: SleepRecorder().sleep))
                })
            #expect(error.kind == .badRequest)
            #expect(error.attempts == 3)
            #expect(server.requests.count == 3)
        }
        try await StubServer.withServer(handler: { _ in Self.failure(503, headers: [("x-should-retry", "false")]) }) {
            baseURL, server in
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(baseURL, retry: .default, sleep: SleepRecorder().sleep))
                })
            #expect(error.attempts == 1)
            #expect(server.requests.count == 1)
        }
    }

    @Test("A per-request policy beats the client's")
    func perRequestOverride() async throws {
        try await StubServer.withServer(handler: { _ in Self.failure(503) }) { baseURL, server in
            let retrying = makeClient(baseURL, retry: .default, sleep: SleepRecorder().sleep)
            let once = try #require(
                await expectError { try await Self.chat(retrying, options: RequestOptions(retry: .disabled)) })
            #expect(once.attempts == 1)
            #expect(server.requests.count == 1)

            let never = makeClient(baseURL, retry: .disabled, sleep: SleepRecorder().sleep)
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
        try await StubServer.withServer(handler: { _ in Self.failure(503) }) { baseURL, server in
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError {
                    try await Self.chat(makeClient(baseURL, retry: .disabled, sleep: recorder.sleep))
                })
            #expect(error.attempts == 1)
            #expect(error.description.contains("attempts") == false)
            #expect(server.requests.count == 1)
            #expect(recorder.delays.isEmpty)
        }
    }

    @Test("A retry whose wait would pass maxElapsedTime is not made")
    func maxElapsedTime() async throws {
        try await StubServer.withServer(handler: { _ in Self.failure(503) }) { baseURL, server in
            let policy = RetryPolicy(maxAttempts: 10, maxElapsedTime: .milliseconds(400))
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError { try await Self.chat(makeClient(baseURL, retry: policy, sleep: recorder.sleep)) })
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
        try await StubServer.withServer(
            handler: Self.replies(Self.failure(503), Self.failure(503), Self.failure(503), Self.success)
        ) { baseURL, server in
            let recorder = SleepRecorder()
            _ = try await Self.chat(makeClient(baseURL, retry: policy, sleep: recorder.sleep))
            #expect(server.requests.count == 4)
            #expect(recorder.delays == [.milliseconds(100), .milliseconds(200), .milliseconds(250)])
        }
    }

    @Test("Cancelling the task during a backoff ends the call at once with a cancellation error")
    func cancelledDuringBackoff() async throws {
        try await StubServer.withServer(handler: { _ in Self.failure(503) }) { baseURL, server in
            let recorder = SleepRecorder(suspends: true)
            let client = makeClient(baseURL, retry: .default, sleep: recorder.sleep)
            let task = Task { await expectError { try await Self.chat(client) } }
            while recorder.delays.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
            let clock = ContinuousClock()
            let start = clock.now
            task.cancel()
            let error = try #require(await task.value)
            #expect(clock.now - start < .milliseconds(500))
            #expect(error.kind == .cancelled)
            #expect(error.attempts == 1)
            #expect(error.requestID?.hasPrefix("req_") == true)
            #expect(server.requests.count == 1)
        }
    }

    @Test("A stream is retried until its response begins, and not once it has")
    func streamRetriedOnlyBeforeItBegins() async throws {
        var stalled = StubReply.raw("data: {}\n\ndata: [DONE]\n\n", status: 200, contentType: "text/event-stream")
        stalled.stall = (afterBytes: 10, pause: .milliseconds(500))
        try await StubServer.withServer(handler: Self.replies(Self.failure(503), stalled)) { baseURL, server in
            let client = makeClient(baseURL, retry: .default, sleep: SleepRecorder().sleep)
            let response = try await client.executor.open(
                Route(method: .post, path: "/chat/completions", operation: "chat"),
                body: ChatCompletionsRequest(model: "m", messages: [.user("hi")]),
                options: RequestOptions(idleTimeout: .milliseconds(100)))
            #expect(server.requests.count == 2)
            var iterator = response.body.makeAsyncIterator()
            let first = try await iterator.next()
            #expect(first.map { String(decoding: $0, as: UTF8.self) } == "data: {}\n\n")
            let error = try #require(await expectError { try await iterator.next() })
            #expect(error.kind == .timeout)
            #expect(error.timeoutKind == .idle)
            #expect(server.requests.count == 2)
        }
    }
}

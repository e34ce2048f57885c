import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import NIOCore
import NeosantaraTesting
import Testing

@testable import Neosantara

/// The connect, request and idle timeouts, each a typed error that says which limit fired.
@Suite("Timeouts")
struct TimeoutTests {
    static let request = ChatCompletionsRequest(model: "m", messages: [.user("hi")])

    /// A completion whose body pauses for `pause` after its first 10 bytes.
    static func stalling(for pause: Duration) -> ScriptedReply {
        .rawJSON(completionJSON).pausing(afterBytes: 10, for: pause)
    }

    /// A completion that arrives after `delay`.
    static func delayed(by delay: Duration) -> ScriptedReply {
        .rawJSON(completionJSON).delayed(by: delay)
    }

    @Test("The defaults: 600 s per request, 10 s to connect, 120 s between chunks")
    func defaults() {
        let timeouts = NeosantaraClient.Configuration(apiKey: nil).timeout
        #expect(timeouts.request == .seconds(600))
        #expect(timeouts.connect == .seconds(10))
        #expect(timeouts.idle == .seconds(120))
    }

    @Test("A response slower than the request timeout is a timeout of kind request")
    func slowResponse() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Self.delayed(by: .seconds(10)), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL, timeout: .milliseconds(50)).chat.completions.create(
                        Self.request)
                })
            #expect(error.kind == .timeout)
            #expect(error.timeoutKind == .request)
            #expect(error.attempts == 1)
            #expect(error.message == "no response within 0.05 seconds (the request timeout)")
            #expect(error.description.hasPrefix("timed out: no response within 0.05 seconds"))
        }
    }

    @Test("A timed-out attempt is retried")
    func timeoutRetried() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Array(repeating: Self.delayed(by: .seconds(10)), count: 3), for: .chatCompletions)
            let recorder = SleepRecorder()
            let error = try #require(
                await expectError {
                    try await makeClient(
                        server.baseURL, timeout: .milliseconds(40), retry: .default, sleep: recorder.sleep
                    )
                    .chat.completions.create(Self.request)
                })
            #expect(error.timeoutKind == .request)
            // An attempt may time out before the server has recorded it, so count the client's attempts.
            #expect(error.attempts == 3)
            #expect(recorder.delays.count == 2)
        }
    }

    @Test("A per-request timeout beats the client's")
    func perRequestTimeout() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Self.delayed(by: .milliseconds(150)), for: .chatCompletions)
            let client = makeClient(server.baseURL, timeout: .milliseconds(40))
            let reply = try await client.chat.completions.create(
                Self.request, options: RequestOptions(timeout: .seconds(5)))
            #expect(reply.id == "chatcmpl-1")
        }
    }

    @Test("A body that pauses longer than the idle timeout is a timeout of kind idle")
    func idleBody() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Self.stalling(for: .seconds(10)), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL).chat.completions.create(
                        Self.request, options: RequestOptions(idleTimeout: .milliseconds(80)))
                })
            #expect(error.kind == .timeout)
            #expect(error.timeoutKind == .idle)
            #expect(error.message == "the response body paused for more than 0.08 seconds (the idle timeout)")
            #expect(error.requestID?.hasPrefix("req_") == true)
        }
    }

    @Test("The request timeout bounds the whole body of a call that is not a stream")
    func requestTimeoutCoversBody() async throws {
        // Were the body not bounded, the call would succeed once the pause ends.
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Self.stalling(for: .seconds(10)), for: .chatCompletions)
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL, timeout: .milliseconds(400)).chat.completions.create(
                        Self.request)
                })
            #expect(error.timeoutKind == .request)
            #expect(error.message.hasSuffix("within 0.4 seconds (the request timeout)"))
        }
    }

    @Test("A call whose body stalls is retried, since none of it reached the caller")
    func stalledBodyRetried() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([Self.stalling(for: .seconds(10)), .rawJSON(completionJSON)], for: .chatCompletions)
            let client = makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep)
            let reply = try await client.chat.completions.create(
                Self.request, options: RequestOptions(idleTimeout: .milliseconds(80)))
            #expect(reply.id == "chatcmpl-1")
            #expect(server.requests.count == 2)
        }
    }

    @Test("A stream's body is bounded by the idle timeout only, not by the request timeout")
    func streamBodyOutlivesRequestTimeout() async throws {
        try await NeosantaraTestServer.withServer { server in
            // The head has 5 s to arrive, however busy the machine; the body takes 6 s.
            server.enqueue(Self.stalling(for: .seconds(6)), for: .chatCompletions)
            let client = makeClient(server.baseURL, timeout: .seconds(5))
            let response = try await client.executor.open(
                Route(method: .post, path: "/chat/completions", operation: "chat"), .json(Self.request),
                options: RequestOptions())
            var bytes: [UInt8] = []
            for try await chunk in response.body {
                bytes += chunk.readableBytesView
            }
            #expect(String(decoding: bytes, as: UTF8.self) == completionJSON)
        }
    }

    /// Five one-byte chunks, 0 to 4, 20 ms apart, and the task that sends them.
    private static func steadyChunks() -> (AsyncStream<ByteBuffer>, Task<Void, any Error>) {
        let (chunks, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        let producer = Task {
            for index in 0..<5 {
                try await Task.sleep(for: .milliseconds(20))
                continuation.yield(ByteBuffer(bytes: [UInt8(index)]))
            }
            continuation.finish()
        }
        return (chunks, producer)
    }

    @Test("A body whose chunks keep coming within the idle timeout is read whole")
    func steadyBody() async throws {
        let (chunks, producer) = Self.steadyChunks()
        let body = TimedBodyReader(base: HTTPResponseBody(chunks), limits: BodyTimeLimits(idleTimeout: .seconds(5)))
        var received: [UInt8] = []
        while let chunk = try await body.next() {
            received += chunk.readableBytesView
        }
        #expect(received == [0, 1, 2, 3, 4])
        try await producer.value
    }

    @Test("A body that stops sending fails after the idle timeout, and the deadline wins when nearer")
    func stalledStream() async throws {
        let (chunks, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        continuation.yield(ByteBuffer(bytes: [1, 2, 3]))
        let iterator = TimedBodyReader(
            base: HTTPResponseBody(chunks), limits: BodyTimeLimits(idleTimeout: .milliseconds(50)))
        #expect(try await iterator.next() == ByteBuffer(bytes: [1, 2, 3]))
        let idle = try #require(await expectError { try await iterator.next() })
        #expect(idle.timeoutKind == .idle)

        continuation.finish()

        let (silent, silence) = AsyncStream.makeStream(of: ByteBuffer.self)
        let deadline = RequestDeadline(instant: .now + .milliseconds(30), timeout: .milliseconds(30))
        let bounded = TimedBodyReader(
            base: HTTPResponseBody(silent), limits: BodyTimeLimits(idleTimeout: .seconds(10), deadline: deadline))
        let request = try #require(await expectError { try await bounded.next() })
        #expect(request.timeoutKind == .request)
        silence.finish()
    }

    @Test("A whole body is collected while its chunks keep coming, and up to the size limit only")
    func boundedBodyCollects() async throws {
        let (chunks, producer) = Self.steadyChunks()
        let limits = BodyTimeLimits(
            idleTimeout: .seconds(5), deadline: RequestDeadline(instant: .now + .seconds(60), timeout: .seconds(60)))
        let body = try await BoundedBodyReader.collect(HTTPResponseBody(chunks), upTo: 100, within: limits)
        #expect(body == ByteBuffer(bytes: [0, 1, 2, 3, 4]))
        try await producer.value

        let large = HTTPResponseBody(bytes: Array(repeating: 7, count: 101))
        #expect(try await BoundedBodyReader.collect(large, upTo: 100, within: limits) == nil)
    }

    @Test("A whole body that stalls fails after the idle timeout, or at the deadline when it is nearer")
    func boundedBodyTimesOut() async throws {
        let (chunks, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        continuation.yield(ByteBuffer(bytes: [1, 2, 3]))
        let idleLimits = BodyTimeLimits(
            idleTimeout: .milliseconds(50),
            deadline: RequestDeadline(instant: .now + .seconds(60), timeout: .seconds(60)))
        let idle = try #require(
            await expectError {
                try await BoundedBodyReader.collect(HTTPResponseBody(chunks), upTo: 100, within: idleLimits)
            })
        #expect(idle.timeoutKind == .idle)
        continuation.finish()

        let (silent, silence) = AsyncStream.makeStream(of: ByteBuffer.self)
        let deadlineLimits = BodyTimeLimits(
            idleTimeout: .seconds(10),
            deadline: RequestDeadline(instant: .now + .milliseconds(30), timeout: .milliseconds(30)))
        let request = try #require(
            await expectError {
                try await BoundedBodyReader.collect(HTTPResponseBody(silent), upTo: 100, within: deadlineLimits)
            })
        #expect(request.timeoutKind == .request)
        #expect(request.message == "no complete response within 0.03 seconds (the request timeout)")
        silence.finish()
    }

    @Test("Cancelling the task that collects a whole body stops the read at once")
    func boundedBodyCancellation() async throws {
        let (silent, silence) = AsyncStream.makeStream(of: ByteBuffer.self)
        let limits = BodyTimeLimits(
            idleTimeout: .seconds(60), deadline: RequestDeadline(instant: .now + .seconds(60), timeout: .seconds(60)))
        let reader = Task {
            try await BoundedBodyReader.collect(HTTPResponseBody(silent), upTo: 100, within: limits)
        }
        try await Task.sleep(for: .milliseconds(20))
        reader.cancel()
        await #expect(throws: CancellationError.self) { try await reader.value }
        silence.finish()
    }

    #if canImport(Glibc)
        @Test("A server that does not accept the connection in time is a timeout of kind connect")
        func connectTimeout() async throws {
            let listener = try FullBacklogListener()
            let baseURL = URL(string: "http://127.0.0.1:\(listener.port)/v1")!
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: baseURL)
            configuration.timeout.connect = .seconds(30)
            configuration.retry = .disabled
            let clock = ContinuousClock()
            let start = clock.now
            let error = try #require(
                await expectError {
                    try await NeosantaraClient(configuration: configuration).chat.completions.create(
                        Self.request, options: RequestOptions(connectTimeout: .milliseconds(100)))
                })
            #expect(clock.now - start < .seconds(5))
            #expect(error.kind == .timeout)
            #expect(error.timeoutKind == .connect)
            #expect(error.message == "could not connect within 0.1 seconds (the connect timeout)")
            withExtendedLifetime(listener) {}
        }
    #endif

    @Test("AsyncHTTPClient's timeouts become errors that name the limit")
    func transportTimeoutKinds() throws {
        let deadline = try #require(
            AsyncHTTPClientTransport.timeoutError(for: .deadlineExceeded, timeouts: Self.limits, sharedClient: true))
        #expect(deadline.kind == .timeout)
        #expect(deadline.timeoutKind == .request)
        #expect(deadline.message == "no response within 600.0 seconds (the request timeout)")
        let connect = try #require(
            AsyncHTTPClientTransport.timeoutError(for: .connectTimeout, timeouts: Self.limits, sharedClient: true))
        #expect(connect.timeoutKind == .connect)
        #expect(connect.message == "could not connect within 10.0 seconds (the connect timeout)")
        let read = try #require(
            AsyncHTTPClientTransport.timeoutError(for: .readTimeout, timeouts: Self.limits, sharedClient: false))
        #expect(read.timeoutKind == .idle)
        #expect(
            AsyncHTTPClientTransport.timeoutError(
                for: .remoteConnectionClosed, timeouts: Self.limits, sharedClient: false) == nil)
    }

    private static let limits = HTTPTransportTimeouts(response: .seconds(600), connect: .seconds(10))

    @Test("The connect timeout reaches the transport: the client's, or the request's when it names one")
    func connectTimeoutReachesTransport() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue([.rawJSON(completionJSON), .rawJSON(completionJSON)], for: .chatCompletions)
            let transport = ConnectTimeoutRecorder()
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: server.baseURL)
            configuration.timeout.connect = .seconds(3)
            let client = NeosantaraClient(configuration: configuration, transport: transport)
            _ = try await client.chat.completions.create(Self.request)
            _ = try await client.chat.completions.create(
                Self.request, options: RequestOptions(connectTimeout: .milliseconds(750)))
            // A call retried after a dropped keep-alive connection sends its timeout again: compare each call's.
            let perCall = transport.connectTimeouts.reduce(into: [Duration]()) { calls, timeout in
                if calls.last != timeout { calls.append(timeout) }
            }
            #expect(perCall == [.seconds(3), .milliseconds(750)])
        }
    }
}

/// The default transport, recording the connect timeout of every call it sends.
private final class ConnectTimeoutRecorder: HTTPTransport {
    private let recorded = NIOLockedValueBox<[Duration]>([])
    private let transport = AsyncHTTPClientTransport()

    var connectTimeouts: [Duration] { recorded.withLockedValue { $0 } }

    func send(_ request: HTTPRequest, body: HTTPRequestBody?, timeouts: HTTPTransportTimeouts) async throws -> (
        HTTPResponse, HTTPResponseBody
    ) {
        recorded.withLockedValue { $0.append(timeouts.connect) }
        return try await transport.send(request, body: body, timeouts: timeouts)
    }
}

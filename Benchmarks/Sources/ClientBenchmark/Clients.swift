import AsyncHTTPClient
import Foundation
import Neosantara
import NIOCore
import NIOFoundationCompat
import NIOPosix

/// One of the Swift clients the benchmarks compare, doing the work of one call.
protocol BenchmarkClient: Sendable {
    /// A non-streaming chat completion; whether a reply came back whole.
    func complete() async throws -> Bool
    /// A 20-chunk stream read to its end; the chunks read.
    func stream() async throws -> Int
    /// A slow stream (one chunk a second) read to its end; `onFirstChunk` runs when its first chunk arrives.
    func slowStream(onFirstChunk: @Sendable () -> Void) async throws -> Int
    func shutdown() async throws
}

/// Which client a child process runs.
enum ClientKind: String, CaseIterable, Sendable {
    case sdk
    case ahcJSON = "ahc-json"
    case ahcRaw = "ahc-raw"
    case python

    var label: String {
        switch self {
        case .sdk: "Neosantara SDK"
        case .ahcJSON: "AHC + JSONDecoder"
        case .ahcRaw: "AHC, no decoding"
        case .python: "openai (Python)"
        }
    }

    func makeClient(server: String) -> any BenchmarkClient {
        switch self {
        case .sdk: SDKClient(server: server)
        case .ahcJSON: AHCClient(server: server, decoding: true)
        case .ahcRaw: AHCClient(server: server, decoding: false)
        case .python: fatalError("the Python client runs as its own script")
        }
    }
}

/// The SDK with its defaults: the shared HTTP client, retries, logging, metrics and tracing configured off.
struct SDKClient: BenchmarkClient {
    let client: NeosantaraClient
    let slowClient: NeosantaraClient

    init(server: String) {
        client = NeosantaraClient(apiKey: "nsk_benchmark", baseURL: URL(string: server + "/v1")!)
        slowClient = NeosantaraClient(apiKey: "nsk_benchmark", baseURL: URL(string: server + "/slow/v1")!)
    }

    func complete() async throws -> Bool {
        let reply = try await client.chat.completions.create(
            model: "nusantara-base", messages: [.user("Apa ibu kota Indonesia?")])
        return reply.value.choices.first?.message.content?.isEmpty == false
    }

    func stream() async throws -> Int {
        var count = 0
        let stream = try await client.chat.completions.stream(
            model: "nusantara-base", messages: [.user("Ceritakan pantun")])
        for try await chunk in stream
        where !chunk.choices.isEmpty {
            count += 1
        }
        return count
    }

    func slowStream(onFirstChunk: @Sendable () -> Void) async throws -> Int {
        var count = 0
        let stream = try await slowClient.chat.completions.stream(
            model: "nusantara-base", messages: [.user("Ceritakan pantun")])
        for try await chunk in stream
        where !chunk.choices.isEmpty {
            if count == 0 { onFirstChunk() }
            count += 1
        }
        return count
    }

    func shutdown() async throws {}
}

/// AsyncHTTPClient alone, as a hand-written client would use it: with `JSONEncoder`/`JSONDecoder` and
/// plain `Codable` structs, or (the floor) sending precomputed bytes and reading the body undecoded.
struct AHCClient: BenchmarkClient {
    let http: HTTPClient
    let server: String
    let decoding: Bool
    let precomputedRequest: ByteBuffer
    let precomputedStreamRequest: ByteBuffer

    init(server: String, decoding: Bool) {
        var configuration = HTTPClient.Configuration()
        // As many connections per host as the SDK's shared client, so that (c) and (d) compare like with like.
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 1000
        http = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        self.server = server
        self.decoding = decoding
        precomputedRequest = ByteBuffer(data: try! Baseline.encodeRequest(stream: false))
        precomputedStreamRequest = ByteBuffer(data: try! Baseline.encodeRequest(stream: true))
    }

    private func request(path: String, stream: Bool) throws -> HTTPClientRequest {
        var request = HTTPClientRequest(url: server + path)
        request.method = .POST
        request.headers.add(name: "authorization", value: "Bearer nsk_benchmark")
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "accept", value: stream ? "text/event-stream" : "application/json")
        if decoding {
            request.body = .bytes(ByteBuffer(data: try Baseline.encodeRequest(stream: stream)))
        } else {
            request.body = .bytes(stream ? precomputedStreamRequest : precomputedRequest)
        }
        return request
    }

    func complete() async throws -> Bool {
        let response = try await http.execute(
            request(path: "/v1/chat/completions", stream: false), timeout: .seconds(30))
        guard response.status == .ok else { throw BenchmarkError("status \(response.status)") }
        let body = try await response.body.collect(upTo: 64 * 1024 * 1024)
        guard decoding else { return body.readableBytes > 0 }
        let completion = try Baseline.decoder.decode(Baseline.Completion.self, from: body)
        return completion.choices.first?.message.content?.isEmpty == false
    }

    func stream() async throws -> Int {
        try await stream(path: "/v1/chat/completions", onFirstChunk: {})
    }

    /// A Responses stream, read undecoded (the floor of (r)).
    func responsesStream() async throws -> Int {
        try await stream(path: "/v1/responses", onFirstChunk: {})
    }

    func slowStream(onFirstChunk: @Sendable () -> Void) async throws -> Int {
        try await stream(path: "/slow/v1/chat/completions", onFirstChunk: onFirstChunk)
    }

    private func stream(path: String, onFirstChunk: @Sendable () -> Void) async throws -> Int {
        let response = try await http.execute(request(path: path, stream: true), timeout: .seconds(30))
        guard response.status == .ok else { throw BenchmarkError("status \(response.status)") }
        guard decoding else {
            var pieces = 0
            for try await piece in response.body where piece.readableBytes > 0 {
                if pieces == 0 { onFirstChunk() }
                pieces += 1
            }
            return pieces
        }
        var lines = Baseline.LineDecoder()
        var notified = false
        for try await piece in response.body {
            try lines.add(piece.readableBytesView)
            if lines.chunks > 0 && !notified {
                notified = true
                onFirstChunk()
            }
        }
        guard lines.done else { throw BenchmarkError("no [DONE]") }
        return lines.chunks
    }

    func shutdown() async throws {
        try await http.shutdown()
    }
}

import Benchmark
import BenchmarkSupport
import Foundation
import NIOCore
@_spi(Benchmarks) import Neosantara

// Allocation counts (mallocs per iteration) of the SDK's hot paths, which `Scripts/check-allocations.sh`
// compares with the counts committed in `Thresholds/`: a count that grows fails CI. Counts, unlike times,
// are the same on a loaded machine. See README.md, "Allocation counts".
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.mallocCountTotal],
        warmupIterations: 10,
        maxDuration: .seconds(2),
        maxIterations: 1000,
        // Exact: any extra allocation per iteration is a regression.
        thresholds: [.mallocCountTotal: BenchmarkThresholds(absolute: [.p90: 0])]
    )

    let completion = Data(Fixtures.completion.utf8)
    let events = Fixtures.streamEvents()
    let eventBuffers = events.map { ByteBuffer(bytes: $0) }
    let request = ChatCompletionsRequest(
        model: "nusantara-base", messages: [.system("Jawab singkat."), .user("Apa ibu kota Indonesia?")])
    let server = URL(string: "http://127.0.0.1:1/v1")!
    let callClient = NeosantaraClient(
        configuration: .init(apiKey: "nsk_benchmark", baseURL: server),
        transport: InMemoryTransport(pieces: [Array(completion)], contentType: "application/json"))
    let streamClient = NeosantaraClient(
        configuration: .init(apiKey: "nsk_benchmark", baseURL: server),
        transport: InMemoryTransport(pieces: events))

    // A plain call's response path after the body arrived: the body decoded as a `ChatCompletionsResponse`.
    Benchmark("decode-chat-completion") { _ in
        blackHole(try BenchmarkHooks.decodeChatCompletion(completion))
    }

    // A plain call's request body: the request encoded as JSON.
    Benchmark("encode-chat-request") { _ in
        blackHole(try BenchmarkHooks.encodeRequest(request))
    }

    // One chunk in the middle of a stream (its 11th event, with the text so far): parsed from its piece of
    // the body, decoded, and added to the accumulator. The first ten are read before measuring.
    Benchmark("stream-chunk") { benchmark in
        var path = BenchmarkHooks.ChatStreamPath()
        for piece in eventBuffers[..<10] {
            _ = try path.read(piece)
        }
        benchmark.startMeasurement()
        blackHole(try path.read(eventBuffers[10]))
        benchmark.stopMeasurement()
        blackHole(path.accumulator)
    }

    // A whole plain call through an in-memory transport: validation, encoding, headers, the executor, the
    // body read and decoded.
    Benchmark("chat-call-in-memory") { _ in
        let reply = try await callClient.chat.completions.create(
            model: "nusantara-base", messages: [.user("Apa ibu kota Indonesia?")])
        blackHole(reply.value)
    }

    // A whole 20-chunk stream through an in-memory transport (one piece of the body per event), read to
    // `[DONE]`.
    Benchmark("20-chunk-stream-in-memory") { _ in
        let stream = try await streamClient.chat.completions.stream(
            model: "nusantara-base", messages: [.user("Ceritakan pantun")])
        for try await chunk in stream {
            blackHole(chunk)
        }
        blackHole(stream.currentResponse)
    }
}

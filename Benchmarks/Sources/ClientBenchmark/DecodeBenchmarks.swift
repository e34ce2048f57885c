import BenchmarkSupport
import Foundation
import Neosantara

/// Scenario (e): decoding from memory, the SDK's whole response path (through an in-memory transport)
/// against `JSONDecoder` into plain structs, and the event-stream parser against naive line splitting.
enum DecodeBenchmarks {
    /// One row: SDK and baseline rates in `unit`, each the median of the rounds, and SDK latencies.
    struct Row {
        var name: String
        var unit: String
        var sdk: Double
        var baseline: Double
        var sdkP50: Double
        var sdkP99: Double
    }

    static func run(rounds: Int, quick: Bool) async throws -> [Row] {
        let recorded = try RecordedStream.twentyChunks()
        let server = URL(string: "http://127.0.0.1:1/v1")!
        func client(_ bytes: [UInt8], contentType: String) -> NeosantaraClient {
            NeosantaraClient(
                configuration: .init(apiKey: "nsk_benchmark", baseURL: server),
                transport: InMemoryTransport(
                    pieces: RecordedStream.pieces(bytes, size: 16384), contentType: contentType))
        }

        let completion = Fixtures.largeCompletion()
        let floats = Fixtures.embeddings(inputs: 100, dimensions: 1536, base64: false)
        let base64 = Fixtures.embeddings(inputs: 100, dimensions: 1536, base64: true)
        let long = RecordedStream.long(events: 2000, from: recorded)
        let longPieces = RecordedStream.pieces(long, size: 4096)
        let megabytes = { (bytes: [UInt8]) in Double(bytes.count) / 1e6 }
        let scale = quick ? 1 : 3
        print(
            "(e) inputs: chat completion \(completion.count) bytes; embeddings 100 x 1536 as float \(floats.count) "
                + "bytes, as base64 \(base64.count) bytes; stream \(long.count) bytes, 2000 events")

        let completionClient = client(completion, contentType: "application/json")
        let floatClient = client(floats, contentType: "application/json")
        let base64Client = client(base64, contentType: "application/json")
        let streamClient = client(long, contentType: "text/event-stream")
        let completionData = Data(completion)
        let floatData = Data(floats)
        let base64Data = Data(base64)

        var rows: [Row] = []
        rows.append(
            try await measure(
                "large chat completion (MB/s)", unit: "MB/s", rounds: rounds, calls: 100 * scale,
                units: megabytes(completion),
                sdk: {
                    let reply = try await completionClient.chat.completions.create(
                        model: "nusantara-base", messages: [.user("Tulis esai panjang")])
                    return reply.value.choices.count
                },
                baseline: { try Baseline.decoder.decode(Baseline.Completion.self, from: completionData).choices.count })
        )
        rows.append(
            try await measure(
                "embeddings 100 x 1536, float (responses/s)", unit: "responses/s", rounds: rounds, calls: 10 * scale,
                units: 1,
                sdk: {
                    try await floatClient.embeddings.create(model: "nusa-embeddings-0001", input: ["a"]).value.data
                        .count
                },
                baseline: { try Baseline.decoder.decode(Baseline.FloatEmbeddings.self, from: floatData).data.count }))
        rows.append(
            try await measure(
                "embeddings 100 x 1536, base64 (responses/s)", unit: "responses/s", rounds: rounds, calls: 50 * scale,
                units: 1,
                sdk: {
                    try await base64Client.embeddings.create(
                        model: "nusa-embeddings-0001", input: ["a"], encodingFormat: .base64
                    ).value.data.count
                },
                baseline: { try Baseline.decoder.decode(Baseline.Base64Embeddings.self, from: base64Data).data.count }))
        rows.append(
            try await measure(
                "2000-event stream, SSE parser only (MB/s)", unit: "MB/s", rounds: rounds, calls: 20 * scale,
                units: megabytes(long),
                sdk: {
                    var parser = ServerSentEventParser()
                    var count = 0
                    for piece in longPieces {
                        count += try parser.parse(piece).count
                    }
                    return count
                },
                baseline: { Baseline.splitLines(longPieces) }))
        rows.append(
            try await measure(
                "2000-event stream, parse + decode (events/s)", unit: "events/s", rounds: rounds, calls: 3 * scale,
                units: 2000,
                sdk: {
                    var count = 0
                    let stream = try await streamClient.chat.completions.stream(model: "m", messages: [.user("hi")])
                    for try await chunk in stream
                    where !chunk.choices.isEmpty {
                        count += 1
                    }
                    return count
                },
                baseline: {
                    var lines = Baseline.LineDecoder()
                    for piece in longPieces {
                        try lines.add(piece)
                    }
                    return lines.chunks
                }))
        return rows
    }

    /// Runs `calls` calls of each side per round, alternating which goes first; returns the median rates.
    static func measure(
        _ name: String, unit: String, rounds: Int, calls: Int, units: Double,
        sdk: () async throws -> Int, baseline: () async throws -> Int
    ) async throws -> Row {
        func time(_ call: () async throws -> Int, latencies: inout Latencies) async throws -> Double {
            let start = ContinuousClock.now
            for _ in 0..<calls {
                let callStart = ContinuousClock.now
                guard try await call() > 0 else { throw BenchmarkError("\(name): nothing was decoded") }
                latencies.append(ContinuousClock.now - callStart)
            }
            return Double(calls) * units / (ContinuousClock.now - start).seconds
        }
        var ignored = Latencies()
        _ = try await time(sdk, latencies: &ignored)
        _ = try await time(baseline, latencies: &ignored)
        var sdkRates: [Double] = []
        var baselineRates: [Double] = []
        var latencies = Latencies()
        for round in 0..<rounds {
            if round.isMultiple(of: 2) {
                sdkRates.append(try await time(sdk, latencies: &latencies))
                baselineRates.append(try await time(baseline, latencies: &ignored))
            } else {
                baselineRates.append(try await time(baseline, latencies: &ignored))
                sdkRates.append(try await time(sdk, latencies: &latencies))
            }
        }
        return Row(
            name: name, unit: unit, sdk: median(sdkRates), baseline: median(baselineRates),
            sdkP50: latencies.percentile(0.5), sdkP99: latencies.percentile(0.99))
    }
}

/// Response bodies for scenario (e), generated deterministically.
enum Fixtures {
    /// A chat completion of about 100 KB: a long reply with escapes and non-ASCII text, and usage.
    static func largeCompletion() -> [UInt8] {
        let paragraph =
            #"Berakit-rakit ke hulu, berenang-renang ke tepian. Bersakit-sakit dahulu, bersenang-senang kemudian.\n"#
            + #"Indonesia memiliki lebih dari 17.000 pulau \u2014 dari Sabang sampai Merauke. \"Bhinneka Tunggal Ika\" 🇮🇩\n"#
        let content = String(repeating: paragraph, count: 500)
        let json =
            #"{"id":"chatcmpl-7f3a9c2e41b84d0e","object":"chat.completion","created":1750400000,"#
            + #""model":"nusantara-base","system_fingerprint":"fp_nsb_2025_06","choices":[{"index":0,"#
            + #""message":{"role":"assistant","content":"\#(content)"},"logprobs":null,"finish_reason":"stop"}],"#
            + #""usage":{"prompt_tokens":12,"completion_tokens":24500,"total_tokens":24512}}"#
        return Array(json.utf8)
    }

    /// An embeddings response with `inputs` vectors of `dimensions` pseudo-random floats, as numbers or as
    /// base64 of little-endian 32-bit floats.
    static func embeddings(inputs: Int, dimensions: Int, base64: Bool) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func nextFloat() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int64(bitPattern: state >> 11) % 2_000_000 - 1_000_000) / 25_000_000
        }
        var items: [String] = []
        for index in 0..<inputs {
            let vector = (0..<dimensions).map { _ in nextFloat() }
            let embedding: String
            if base64 {
                let data = vector.withUnsafeBufferPointer { Data(buffer: $0) }
                embedding = "\"\(data.base64EncodedString())\""
            } else {
                embedding = "[" + vector.map { "\($0)" }.joined(separator: ",") + "]"
            }
            items.append(#"{"object":"embedding","index":\#(index),"embedding":\#(embedding)}"#)
        }
        let json =
            #"{"object":"list","data":["# + items.joined(separator: ",")
            + #"],"model":"nusa-embeddings-0001","usage":{"prompt_tokens":800,"total_tokens":800}}"#
        return Array(json.utf8)
    }
}

import AsyncHTTPClient
import Foundation
import Neosantara
import NIOPosix

/// Streams per second over loopback and parse-and-decode speed from memory: the SDK against baselines that
/// use no SDK code, measured in the same run.
@main
struct StreamingBenchmark {
    static func main() async throws {
        let quick = CommandLine.arguments.contains("--quick")
        let rounds = quick ? 3 : 7
        let streamsPerRound = quick ? 500 : 2000
        let longStreamRepeats = quick ? 5 : 20

        let recorded = try RecordedStream.twentyChunks()
        let serverGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await StreamServer.start(events: RecordedStream.events(recorded), group: serverGroup)
        let url = "http://127.0.0.1:\(server.port)/v1"
        let sdk = NeosantaraClient(configuration: .init(apiKey: "nsk_benchmark", baseURL: URL(string: url)!))
        let ahc = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton)

        let long = RecordedStream.long(events: 2000, from: recorded)
        let longPieces = RecordedStream.pieces(long, size: 4096)
        let inMemory = NeosantaraClient(
            configuration: .init(apiKey: "nsk_benchmark", baseURL: URL(string: url)!),
            transport: InMemoryTransport(pieces: longPieces))

        let recordedPieces = RecordedStream.events(recorded)
        let inMemoryRecorded = NeosantaraClient(
            configuration: .init(apiKey: "nsk_benchmark", baseURL: URL(string: url)!),
            transport: InMemoryTransport(pieces: recordedPieces))

        print("Swift neosantara streaming benchmark: \(rounds) rounds (median), one warm-up round")
        print(
            "recorded stream: \(recorded.count) bytes, 20 chunks; long stream: \(long.count) bytes, 2000 events, "
                + "\(longPieces.count) pieces of 4 KiB")
        print("")

        var rows: [Row] = []
        for concurrency in [1, 8] {
            rows.append(
                try await measure(
                    "loopback, \(concurrency) at a time (streams/s)", rounds: rounds,
                    sdk: {
                        try await rate(streamsPerRound, concurrency: concurrency) {
                            try await consume(
                                sdk.chat.completions.stream(
                                    model: "nusantara-base", messages: [.user("Ceritakan pantun")]))
                        }
                    },
                    baseline: {
                        try await rate(streamsPerRound, concurrency: concurrency) {
                            try await Baseline.stream(client: ahc, url: url + "/chat/completions")
                        }
                    }))
        }
        rows.append(
            try await measure(
                "in memory, 20-chunk stream + request (streams/s)", rounds: rounds,
                sdk: {
                    try await rate(streamsPerRound * 2, concurrency: 1) {
                        try await consume(
                            inMemoryRecorded.chat.completions.stream(
                                model: "nusantara-base", messages: [.user("Ceritakan pantun")]))
                    }
                },
                baseline: {
                    try await rate(streamsPerRound * 2, concurrency: 1) {
                        _ = try Baseline.encodeRequest()
                        var lines = Baseline.LineDecoder()
                        for await piece in InMemoryTransport.Pieces(pieces: recordedPieces) {
                            try lines.add(piece)
                        }
                        return lines.chunks
                    }
                }))
        rows.append(
            try await measure(
                "in memory, 2000 events, parse + decode (events/s)", rounds: rounds,
                sdk: {
                    try await rate(longStreamRepeats, concurrency: 1, unitsPerCall: 2000) {
                        try await consume(inMemory.chat.completions.stream(model: "m", messages: [.user("hi")]))
                    }
                },
                baseline: {
                    try await rate(longStreamRepeats, concurrency: 1, unitsPerCall: 2000) {
                        var lines = Baseline.LineDecoder()
                        for await piece in InMemoryTransport.Pieces(pieces: longPieces) {
                            try lines.add(piece)
                        }
                        return lines.chunks
                    }
                }))
        rows.append(
            try await measure(
                "in memory, event-stream parsing only (MB/s)", rounds: rounds,
                sdk: {
                    try await rate(longStreamRepeats * 5, concurrency: 1, unitsPerCall: Double(long.count) / 1e6) {
                        var parser = ServerSentEventParser()
                        var count = 0
                        for piece in longPieces {
                            count += try parser.parse(piece).count
                        }
                        return count
                    }
                },
                baseline: {
                    try await rate(longStreamRepeats * 5, concurrency: 1, unitsPerCall: Double(long.count) / 1e6) {
                        Baseline.splitLines(longPieces)
                    }
                }))

        print(Row.header)
        for row in rows {
            print(row)
        }
        try await ahc.shutdown()
        try await server.stop()
        try await serverGroup.shutdownGracefully()
    }

    /// Reads a stream to its end; returns how many chunks had choices.
    static func consume(_ stream: ChatCompletionStream) async throws -> Int {
        var count = 0
        for try await chunk in stream where !chunk.choices.isEmpty {
            count += 1
        }
        return count
    }

    /// Runs `call` `count` times, `concurrency` at a time; returns units per second.
    static func rate(
        _ count: Int,
        concurrency: Int,
        unitsPerCall: Double = 1,
        _ call: @escaping @Sendable () async throws -> Int
    ) async throws -> Double {
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    for _ in 0..<(count / concurrency) {
                        let result = try await call()
                        guard result > 0 else { throw BenchmarkError("nothing was read") }
                    }
                }
            }
            try await group.waitForAll()
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(count) * unitsPerCall / seconds
    }

    /// Runs a warm-up round and `rounds` measured rounds, alternating which side goes first.
    static func measure(
        _ name: String,
        rounds: Int,
        sdk: @Sendable () async throws -> Double,
        baseline: @Sendable () async throws -> Double
    ) async throws -> Row {
        _ = try await sdk()
        _ = try await baseline()
        var sdkRates: [Double] = []
        var baselineRates: [Double] = []
        for round in 0..<rounds {
            if round.isMultiple(of: 2) {
                sdkRates.append(try await sdk())
                baselineRates.append(try await baseline())
            } else {
                baselineRates.append(try await baseline())
                sdkRates.append(try await sdk())
            }
        }
        return Row(name: name, sdk: median(sdkRates), baseline: median(baselineRates))
    }

    static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    /// One line of the results table.
    struct Row: CustomStringConvertible {
        var name: String
        var sdk: Double
        var baseline: Double

        static var header: String {
            pad("benchmark", 52) + pad("SDK", 14) + pad("baseline", 14) + "SDK / baseline\n"
                + String(repeating: "-", count: 94)
        }

        var description: String {
            Self.pad(name, 52) + Self.pad(Self.format(sdk), 14) + Self.pad(Self.format(baseline), 14)
                + String(format: "%.2fx", sdk / baseline)
        }

        static func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
        }

        static func format(_ value: Double) -> String {
            value >= 100 ? String(format: "%.0f", value) : String(format: "%.1f", value)
        }
    }
}

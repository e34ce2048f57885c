import Foundation
import NIOConcurrencyHelpers

/// The loopback scenarios of issue 8, each run by one client in a child process of its own.
enum Scenario: String, CaseIterable, Sendable {
    case sequential = "a"
    case streams = "b"
    case concurrent = "c"
    case openStreams = "d"
    case responsesStreams = "r"
    case videoDownload = "v"

    var title: String {
        switch self {
        case .sequential: "(a) sequential chat completions (382 bytes)"
        case .streams: "(b) sequential 20-chunk streams"
        case .concurrent: "(c) 16 concurrent chat completions"
        case .openStreams: "(d) 1,000 concurrent open streams, one chunk a second"
        case .responsesStreams: "(r) sequential Responses streams of the same text as (b)"
        case .videoDownload: "(v) a 1 GiB video download, through a 302, to a file"
        }
    }

    /// The clients measured; the Python SDK only where the issue asks for it.
    var clients: [ClientKind] {
        switch self {
        case .openStreams: [.sdk, .ahcJSON]
        case .responsesStreams: [.sdk, .ahcRaw]
        case .videoDownload: [.sdk, .ahcRaw]
        default: [.sdk, .ahcJSON, .ahcRaw, .python]
        }
    }

    /// Calls per run for `client`; the Python SDK is slower, so it makes fewer to take about as long.
    func count(for client: ClientKind, quick: Bool) -> Int {
        let calls: Int
        switch self {
        case .sequential: calls = 4000
        case .streams, .responsesStreams: calls = 2000
        case .videoDownload: return 1
        case .concurrent: calls = 12_000
        case .openStreams: return 1000
        }
        return (quick ? calls / 4 : calls) / (client == .python ? 4 : 1)
    }

    /// Runs `count` calls with `client` after a warm-up, and measures them.
    func run(client: any BenchmarkClient, count: Int) async throws -> Measurement {
        switch self {
        case .sequential:
            return try await Self.calls(count, concurrency: 1) { try await client.complete() ? 1 : 0 }
        case .streams:
            return try await Self.calls(count, concurrency: 1) { try await client.stream() }
        case .concurrent:
            return try await Self.calls(count, concurrency: 16) { try await client.complete() ? 1 : 0 }
        case .openStreams:
            return try await Self.openStreams(count, client: client)
        case .responsesStreams:
            return try await Self.responsesStreams(count, client: client)
        case .videoDownload:
            return try await Self.videoDownload(client: client)
        }
    }

    /// `count` calls, `concurrency` at a time, after `count / 10` calls to warm up.
    static func calls(_ count: Int, concurrency: Int, _ call: @escaping @Sendable () async throws -> Int)
        async throws -> Measurement
    {
        func round(_ count: Int) async -> (Latencies, failures: Int) {
            await withTaskGroup(of: (Latencies, Int).self) { group in
                for _ in 0..<concurrency {
                    group.addTask {
                        var latencies = Latencies()
                        var failures = 0
                        for _ in 0..<(count / concurrency) {
                            let start = ContinuousClock.now
                            do {
                                if try await call() == 0 { failures += 1 }
                            } catch {
                                failures += 1
                                FileHandle.standardError.write(Data("failed: \(error)\n".utf8))
                            }
                            latencies.append(ContinuousClock.now - start)
                        }
                        return (latencies, failures)
                    }
                }
                var all = Latencies()
                var failures = 0
                for await (latencies, failed) in group {
                    all.append(contentsOf: latencies)
                    failures += failed
                }
                return (all, failures)
            }
        }
        _ = await round(max(concurrency, count / 10))
        let cpuStart = ProcessStats.cpuTime()
        let start = ContinuousClock.now
        let (latencies, failures) = await round(count)
        let elapsed = (ContinuousClock.now - start).seconds
        let cpu = ProcessStats.cpuTime() - cpuStart
        let done = latencies.values.count
        return Measurement(
            throughput: Double(done) / elapsed, p50: latencies.percentile(0.5), p99: latencies.percentile(0.99),
            cpuPerCall: cpu / Double(done), peakRSS: ProcessStats.peakRSS(), failures: failures)
    }

    /// Opens `count` slow streams at once; once every one has its first chunk, reads how much resident
    /// memory they added, then waits for all to end.
    static func openStreams(_ count: Int, client: any BenchmarkClient) async throws -> Measurement {
        _ = try await client.stream()
        try await Task.sleep(for: .milliseconds(200))
        let rssBefore = ProcessStats.currentRSS()
        let firstChunks = NIOLockedValueBox(0)
        let cpuStart = ProcessStats.cpuTime()
        let start = ContinuousClock.now
        return try await withThrowingTaskGroup(of: (Duration, Bool)?.self) { group in
            // Streams still open after 30 seconds count as failures.
            group.addTask {
                try? await Task.sleep(for: .seconds(30))
                return nil
            }
            for _ in 0..<count {
                group.addTask {
                    let streamStart = ContinuousClock.now
                    do {
                        let chunks = try await client.slowStream { firstChunks.withLockedValue { $0 += 1 } }
                        return (ContinuousClock.now - streamStart, chunks > 0)
                    } catch {
                        FileHandle.standardError.write(Data("failed: \(error)\n".utf8))
                        return (ContinuousClock.now - streamStart, false)
                    }
                }
            }
            // Every stream is open and has had its first chunk (or 20 seconds passed).
            while firstChunks.withLockedValue({ $0 }) < count, ContinuousClock.now - start < .seconds(20) {
                try await Task.sleep(for: .milliseconds(20))
            }
            let opened = firstChunks.withLockedValue { $0 }
            try await Task.sleep(for: .milliseconds(300))
            let rssOpen = ProcessStats.currentRSS()
            var latencies = Latencies()
            var completed = 0
            for try await result in group {
                guard let (duration, succeeded) = result else {
                    group.cancelAll()
                    continue
                }
                latencies.append(duration)
                completed += succeeded ? 1 : 0
                if latencies.values.count == count {
                    group.cancelAll()
                }
            }
            let elapsed = (ContinuousClock.now - start).seconds
            FileHandle.standardError.write(Data("opened \(opened) of \(count) streams\n".utf8))
            return Measurement(
                throughput: Double(completed) / elapsed, p50: latencies.percentile(0.5),
                p99: latencies.percentile(0.99), cpuPerCall: (ProcessStats.cpuTime() - cpuStart) / Double(count),
                peakRSS: ProcessStats.peakRSS(), failures: count - completed,
                rssPerStream: (rssOpen - rssBefore) / Double(count), completed: completed)
        }
    }
}

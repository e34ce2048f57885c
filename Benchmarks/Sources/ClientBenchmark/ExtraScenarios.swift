import AsyncHTTPClient
import Foundation
import Neosantara
import NIOCore
import NIOPosix

/// Issue 19's and issue 15's scenarios: sequential Responses streams (against the chat streams of (b)), and a
/// 1 GiB video download through the SDK against AsyncHTTPClient's `FileDownloadDelegate`.
extension Scenario {
    /// The size of the video of (v): 1 GiB.
    static let videoSize = 1 << 30

    /// `count` Responses streams of the recorded 20-delta stream, each read to its end, then its final response;
    /// for the floor, AsyncHTTPClient reading the same body undecoded. The SDK's child also runs `count` chat
    /// streams of the same text, in blocks of 100 alternating with the Responses streams, so that the ratio of
    /// their CPU costs is measured under the same load.
    static func responsesStreams(_ count: Int, client: any BenchmarkClient) async throws -> Measurement {
        guard let sdk = client as? SDKClient else {
            guard let ahc = client as? AHCClient, !ahc.decoding else {
                throw BenchmarkError("(r) measures the SDK and the undecoded floor only")
            }
            return try await calls(count, concurrency: 1) { try await ahc.responsesStream() }
        }
        let responsesStream: @Sendable () async throws -> Int = {
            let stream = try await sdk.client.responses.stream(model: "nusantara-base", input: "Ceritakan pantun")
            var deltas = 0
            for try await event in stream {
                if case .outputTextDelta = event.kind { deltas += 1 }
            }
            let final = try await stream.finalResponse()
            return final.value.outputText.isEmpty ? 0 : deltas
        }
        var measurement = try await calls(count, concurrency: 1, responsesStream)
        var cpu = (responses: 0.0, chat: 0.0)
        for _ in 0..<max(1, count / 100) {
            var start = ProcessStats.cpuTime()
            for _ in 0..<100 { _ = try await responsesStream() }
            cpu.responses += ProcessStats.cpuTime() - start
            start = ProcessStats.cpuTime()
            for _ in 0..<100 { _ = try await sdk.stream() }
            cpu.chat += ProcessStats.cpuTime() - start
        }
        measurement.pairedCPURatio = cpu.responses / cpu.chat
        return measurement
    }

    /// One 1 GiB download to a temporary file after a 1 MiB one to warm up: MB/s, and how far the peak
    /// resident memory rose above the resident memory before it.
    static func videoDownload(client: any BenchmarkClient) async throws -> Measurement {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("neosantara-benchmark-\(ProcessInfo.processInfo.processIdentifier).mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        func download(_ size: Int) async throws -> Int64 {
            try? FileManager.default.removeItem(at: file)
            let id = "vid_\(size)"
            switch client {
            case let sdk as SDKClient:
                return try await sdk.client.videos.download(id, to: file).value.byteCount
            case let ahc as AHCClient:
                let request = try HTTPClient.Request(url: ahc.server + "/v1/videos/\(id)/content")
                let delegate = try FileDownloadDelegate(path: file.path)
                let progress = try await ahc.http.execute(request: request, delegate: delegate).get()
                return Int64(progress.receivedBytes)
            default:
                throw BenchmarkError("(v) measures the SDK and AsyncHTTPClient")
            }
        }
        _ = try await download(1 << 20)
        try await Task.sleep(for: .milliseconds(200))
        let rssBefore = ProcessStats.currentRSS()
        let cpuStart = ProcessStats.cpuTime()
        let start = ContinuousClock.now
        let received = try await download(videoSize)
        let elapsed = (ContinuousClock.now - start).seconds
        let written = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let failed = received != Int64(videoSize) || written != videoSize
        return Measurement(
            throughput: Double(videoSize) / 1e6 / elapsed, p50: elapsed, p99: elapsed,
            cpuPerCall: ProcessStats.cpuTime() - cpuStart, peakRSS: ProcessStats.peakRSS(), failures: failed ? 1 : 0,
            rssGrowth: ProcessStats.peakRSS() - rssBefore)
    }
}

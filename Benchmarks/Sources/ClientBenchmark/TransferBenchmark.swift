import AsyncHTTPClient
import Foundation
import Neosantara
import NIOCore
import NIOFoundationCompat
import NIOPosix

/// Scenario (f): a 1 GiB upload through `client.files.upload` and a 1 GiB download through
/// `client.files.download(_:to:)`, against AsyncHTTPClient alone streaming the same bytes from and to a file.
/// Each runs in a child process; a 1 MiB transfer warms it up, then the RSS growth is its peak RSS minus its
/// RSS just before the transfer.
enum TransferBenchmark {
    static let clients = ["sdk", "ahc"]
    static let directions = ["upload", "download"]

    /// Child: one transfer of `bytes` with `client`; `file` is the upload's source or the download's
    /// destination.
    static func child(direction: String, client: String, server: String, file: URL, bytes: Int) async throws
        -> Measurement
    {
        let sdk = NeosantaraClient(apiKey: "nsk_benchmark", baseURL: URL(string: server + "/v1")!)
        let http = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        let warmUp = file.deletingLastPathComponent().appendingPathComponent("warm-up-\(direction)-\(client)")
        defer { try? FileManager.default.removeItem(at: warmUp) }
        func transfer(_ file: URL, bytes: Int) async throws {
            switch (direction, client) {
            case ("upload", "sdk"):
                let stored = try await sdk.files.upload(file, purpose: .batch)
                guard (stored.value.bytes ?? 0) > Int64(bytes) else { throw BenchmarkError("short upload") }
            case ("upload", _):
                try await ahcUpload(file, http: http, server: server)
            case ("download", "sdk"):
                try await sdk.files.download("file-bytes-\(bytes)", to: file)
            default:
                let delegate = try FileDownloadDelegate(path: file.path)
                _ = try await http.execute(
                    request: HTTPClient.Request(
                        url: server + "/v1/files/file-bytes-\(bytes)/content",
                        headers: ["authorization": "Bearer nsk_benchmark"]),
                    delegate: delegate
                ).get()
            }
            if direction == "download",
                try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int != bytes
            {
                throw BenchmarkError("short download")
            }
        }
        if direction == "upload" {
            FileManager.default.createFile(atPath: warmUp.path, contents: Data(count: 1 << 20))
        }
        try await transfer(warmUp, bytes: 1 << 20)
        try? FileManager.default.removeItem(at: warmUp)
        let rssBefore = ProcessStats.currentRSS()
        let cpuStart = ProcessStats.cpuTime()
        let start = ContinuousClock.now
        try await transfer(file, bytes: bytes)
        let elapsed = (ContinuousClock.now - start).seconds
        let peak = ProcessStats.peakRSS()
        try await http.shutdown()
        return Measurement(
            throughput: Double(bytes) / 1e6 / elapsed, p50: elapsed, p99: elapsed,
            cpuPerCall: ProcessStats.cpuTime() - cpuStart, peakRSS: peak, failures: 0, rssGrowth: peak - rssBefore)
    }

    /// AsyncHTTPClient alone: the multipart form written by hand around the file, read 64 KiB at a time.
    static func ahcUpload(_ file: URL, http: HTTPClient, server: String) async throws {
        let boundary = "benchmark-boundary-7f3a9c2e"
        let head = ByteBuffer(
            string: "--\(boundary)\r\ncontent-disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
                + "--\(boundary)\r\ncontent-disposition: form-data; name=\"file\"; filename=\"\(file.lastPathComponent)\"\r\n"
                + "content-type: application/octet-stream\r\n\r\n")
        let tail = ByteBuffer(string: "\r\n--\(boundary)--\r\n")
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as! Int
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        let fileChunks = FileChunks(handle: handle)
        var request = HTTPClientRequest(url: server + "/v1/files")
        request.method = .POST
        request.headers.add(name: "authorization", value: "Bearer nsk_benchmark")
        request.headers.add(name: "content-type", value: "multipart/form-data; boundary=\(boundary)")
        let body = ConcatenatedChunks(head: head, file: fileChunks, tail: tail)
        request.body = .stream(body, length: .known(Int64(head.readableBytes + size + tail.readableBytes)))
        let response = try await http.execute(request, timeout: .seconds(600))
        guard response.status == .ok else { throw BenchmarkError("status \(response.status)") }
        _ = try await response.body.collect(upTo: 1 << 20)
    }
}

/// A file's bytes, 64 KiB at a time.
struct FileChunks: Sendable {
    let handle: FileHandle

    func next() throws -> ByteBuffer? {
        guard let data = try handle.read(upToCount: 65536), !data.isEmpty else { return nil }
        return ByteBuffer(data: data)
    }
}

/// The multipart body of the baseline upload: its head, the file, its tail.
struct ConcatenatedChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let head: ByteBuffer
    let file: FileChunks
    let tail: ByteBuffer

    struct AsyncIterator: AsyncIteratorProtocol {
        var step = 0
        let body: ConcatenatedChunks

        mutating func next() async throws -> ByteBuffer? {
            switch step {
            case 0:
                step = 1
                return body.head
            case 1:
                if let chunk = try body.file.next() { return chunk }
                step = 2
                return body.tail
            default:
                return nil
            }
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(body: self) }
}

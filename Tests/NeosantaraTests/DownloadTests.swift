import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Raw bytes over loopback: a file's content read as a stream and saved to disk.
@Suite("Downloads")
struct DownloadTests {
    /// A server holding one file of `bytes`, and its id.
    static func withStoredFile<Result>(
        _ bytes: [UInt8], _ body: (NeosantaraTestServer, String) async throws -> Result
    ) async throws -> Result {
        try await NeosantaraTestServer.withServer { server in
            let file = try await makeClient(server.baseURL).files.upload(
                Data(bytes), filename: "f.bin", purpose: .batch)
            server.removeAllRequests()
            return try await body(server, file.id)
        }
    }

    @Test("Content arrives as a stream of the server's chunks, with the status, headers and length")
    func contentStream() async throws {
        let bytes = patternBytes(200_000)
        try await Self.withStoredFile(bytes) { server, id in
            let content = try await makeClient(server.baseURL).files.content(id)
            #expect(content.status == 200)
            #expect(content.expectedLength == 200_000)
            #expect(content.contentType == "application/octet-stream")
            var received: [UInt8] = []
            for try await chunk in content {
                received += chunk.readableBytesView
            }
            #expect(received == bytes)
            #expect(server.requests.first?.header("accept") == "*/*")
        }
    }

    @Test("A download is saved whole, beyond the size limit for JSON bodies, and replaces the file there")
    func downloadToFile() async throws {
        let bytes = patternBytes(300_000)
        try await withTemporaryDirectory { folder in
            let destination = folder.appendingPathComponent("out.bin")
            try Data("old".utf8).write(to: destination)
            try await Self.withStoredFile(bytes) { server, id in
                let client = makeClient(server.baseURL, maximumResponseBodySize: 1000)
                let saved = try await client.files.download(id, to: destination)
                #expect(saved.byteCount == 300_000)
                #expect(saved.url == destination)
                #expect(try Data(contentsOf: destination) == Data(bytes))
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.bin"])
            }
        }
    }

    @Test("A download cut short leaves the old file untouched and no partial file behind")
    func failedDownload() async throws {
        try await withTemporaryDirectory { folder in
            let destination = folder.appendingPathComponent("out.bin")
            try Data("old".utf8).write(to: destination)
            try await Self.withStoredFile(patternBytes(100_000)) { server, id in
                server.enqueue(.standard.closingConnection(afterEvents: 0), for: .fileContent)
                let error = try #require(
                    await expectError { try await makeClient(server.baseURL).files.download(id, to: destination) })
                #expect(error.kind == .connection)
                #expect(try Data(contentsOf: destination) == Data("old".utf8))
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.bin"])
            }
        }
    }

    @Test("A download that pauses longer than the idle timeout fails with a timeout of kind idle")
    func idleTimeoutApplies() async throws {
        try await withTemporaryDirectory { folder in
            try await Self.withStoredFile(patternBytes(50_000)) { server, id in
                server.enqueue(.standard.pausing(afterBytes: 1000, for: .seconds(30)), for: .fileContent)
                let error = try #require(
                    await expectError {
                        try await makeClient(server.baseURL).files.download(
                            id, to: folder.appendingPathComponent("x"),
                            options: RequestOptions(idleTimeout: .milliseconds(200)))
                    })
                #expect(error.kind == .timeout)
                #expect(error.timeoutKind == .idle)
                #expect(error.message.hasPrefix("the download was cut after 1000 bytes"))
            }
        }
    }

    @Test("A download is retried whole when its body breaks off, and the progress reports reach the total")
    func retriedDownload() async throws {
        try await withTemporaryDirectory { folder in
            let bytes = patternBytes(100_000)
            try await Self.withStoredFile(bytes) { server, id in
                server.enqueue(.standard.closingConnection(afterEvents: 0), for: .fileContent)
                let client = makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep)
                let destination = folder.appendingPathComponent("out.bin")
                let last = LastProgress()
                try await client.files.download(id, to: destination) { last.record($0) }
                #expect(server.requests.count == 2)
                #expect(try Data(contentsOf: destination) == Data(bytes))
                #expect(last.value == TransferProgress(completedBytes: 100_000, totalBytes: 100_000))
            }
        }
    }

    @Test("Dropping a content stream before its end closes the connection")
    func droppedStream() async throws {
        try await Self.withStoredFile(patternBytes(10_000)) { server, id in
            server.enqueue(.standard.keepingAlive(every: .milliseconds(10)), for: .fileContent)
            do {
                let content = try await makeClient(server.baseURL).files.content(id)
                for try await _ in content { break }
            }
            #expect(await server.waitForClientDisconnects(timeout: .seconds(5)))
        }
    }

    @Test("A 404 for content is the same error a JSON call throws")
    func missingContent() async throws {
        try await NeosantaraTestServer.withServer { server in
            let error = try #require(
                await expectError { try await makeClient(server.baseURL).files.content("file-nope") })
            #expect(error.kind == .notFound)
            #expect(error.message == "No such file: `file-nope`.")
        }
    }
}

/// The last progress report a download gave.
private final class LastProgress: Sendable {
    private let box = NIOLockedValueBox<TransferProgress?>(nil)
    var value: TransferProgress? { box.withLockedValue { $0 } }
    func record(_ progress: TransferProgress) { box.withLockedValue { $0 = progress } }
}

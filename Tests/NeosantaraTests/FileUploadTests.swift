import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Uploads over loopback: multipart bodies streamed from a file, from memory and from a one-shot sequence,
/// read back by the test server's own multipart parser.
@Suite("File uploads")
struct FileUploadTests {
    @Test("A file on disk is uploaded in chunks as multipart, with its name, purpose and every byte")
    func uploadFromDisk() async throws {
        try await withTemporaryDirectory { folder in
            let bytes = patternBytes(300_000)
            let url = folder.appendingPathComponent("tickets.jsonl")
            try Data(bytes).write(to: url)
            try await NeosantaraTestServer.withServer { server in
                let progress = NIOLockedValueBox<[TransferProgress]>([])
                let file = try await makeClient(server.baseURL).files.upload(url, purpose: .batch) { report in
                    progress.withLockedValue { $0.append(report) }
                }
                #expect(file.filename == "tickets.jsonl")
                #expect(file.bytes == 300_000)
                #expect(file.purpose == .batch)
                let stored = try #require(server.storedFiles.first)
                #expect(stored.content == Data(bytes))
                #expect(stored.file.id == file.id)
                let request = try #require(server.requests.first)
                #expect(request.header("content-type")?.hasPrefix("multipart/form-data; boundary=") == true)
                #expect(request.header("content-length") == String(request.body.count))
                // A 300 KB file goes in several reads of 64 KiB, and the reports climb to the whole body.
                let reports = progress.withLockedValue { $0 }
                #expect(reports.count >= 5)
                #expect(reports.map(\.completedBytes) == reports.map(\.completedBytes).sorted())
                #expect(reports.last?.completedBytes == Int64(request.body.count))
                #expect(reports.last?.fractionCompleted == 1)
            }
        }
    }

    @Test("Data and a one-shot sequence upload the same bytes; a sequence of unknown length is sent chunked")
    func uploadFromMemoryAndStream() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let bytes = patternBytes(70_000)
            _ = try await client.files.upload(Data(bytes), filename: "a.txt", purpose: "user_data")
            let (chunks, continuation) = AsyncStream.makeStream(of: [UInt8].self)
            for start in stride(from: 0, to: bytes.count, by: 10_000) {
                continuation.yield(Array(bytes[start..<min(start + 10_000, bytes.count)]))
            }
            continuation.finish()
            _ = try await client.files.upload(.stream(chunks), filename: "b.txt", purpose: .assistants)
            #expect(server.storedFiles.map(\.content) == [Data(bytes), Data(bytes)])
            #expect(server.storedFiles.map(\.file.purpose) == ["user_data", .assistants])
            #expect(server.requests[0].header("content-length") != nil)
            #expect(server.requests[1].header("transfer-encoding") == "chunked")
        }
    }

    @Test("A body from a file is sent again on a retry; a one-shot sequence is not, and the error says why")
    func replayOnRetry() async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("input.jsonl")
            try Data(patternBytes(100_000)).write(to: url)
            try await NeosantaraTestServer.withServer { server in
                let client = makeClient(server.baseURL, retry: .default, sleep: SleepRecorder().sleep)
                server.enqueue(RetryTests.failure(503), for: .uploadFile)
                let file = try await client.files.upload(url, purpose: .batch)
                #expect(server.requests.count == 2)
                #expect(server.requests[0].body == server.requests[1].body)
                #expect(server.storedFiles.first?.file.id == file.id)

                server.enqueue(RetryTests.failure(503, "busy"), for: .uploadFile)
                let once = HTTPRequestBody.stream(
                    AsyncStream<ByteBuffer> { continuation in
                        continuation.yield(ByteBuffer(string: "one pass only"))
                        continuation.finish()
                    })
                let error = try #require(
                    await expectError { try await client.files.upload(once, filename: "x.txt", purpose: .batch) })
                #expect(error.kind == .serverError)
                #expect(error.attempts == 1)
                #expect(error.message.contains("not retried: the request body was a one-shot sequence"))
                #expect(server.requests.count == 3)
            }
        }
    }

    @Test("A missing file, a folder and an empty file name fail before anything is sent")
    func badFiles() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let client = makeClient(server.baseURL)
                let missing = try #require(
                    await expectError {
                        try await client.files.upload(folder.appendingPathComponent("nope.jsonl"), purpose: .batch)
                    })
                #expect(missing.kind == .invalidRequest)
                #expect(missing.message.hasSuffix("nope.jsonl does not exist"))
                #expect(missing.parameter == "file")
                let directory = try #require(
                    await expectError { try await client.files.upload(folder, purpose: .batch) })
                #expect(directory.message.hasSuffix("is not a regular file"))
                let unnamed = try #require(
                    await expectError { try await client.files.upload(Data(), filename: "", purpose: .batch) })
                #expect(unnamed.parameter == "filename")
                #expect(server.requests.isEmpty)
            }
        }
    }

    @Test("A file larger than the server accepts is a 413 with the server's message")
    func tooLarge() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.maximumRequestBodySize = 10_000
        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL).files.upload(
                        Data(patternBytes(20_000)), filename: "big.bin", purpose: .batch)
                })
            #expect(error.status == 413)
            #expect(error.message == "The request body is larger than 10000 bytes.")
            #expect(server.storedFiles.isEmpty)
        }
    }
}

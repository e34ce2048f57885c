import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing

@testable import Neosantara

/// Request bodies and multipart forms, read without a network.
@Suite("Request bodies")
struct RequestBodyTests {
    /// Every chunk `body` gives, in order.
    static func chunks(_ body: HTTPRequestBody) async throws -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        for try await chunk in body.makeChunks() {
            chunks.append(Array(chunk.readableBytesView))
        }
        return chunks
    }

    @Test("A file is read in chunks of 64 KiB, as often as it is sent, and its length is known up front")
    func fileBody() async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("data.bin")
            let bytes = patternBytes(150_000)
            try Data(bytes).write(to: url)
            let body = try HTTPRequestBody.file(at: url)
            #expect(body.length == 150_000)
            #expect(body.isReplayable)
            #expect(body.bytesInMemory == nil)
            let first = try await Self.chunks(body)
            #expect(first.map(\.count) == [65_536, 65_536, 18_928])
            #expect(first.flatMap { $0 } == bytes)
            #expect(try await Self.chunks(body) == first)
        }
    }

    @Test("A file that shrinks after its size was taken fails instead of sending a short body")
    func shrinkingFile() async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("data.bin")
            try Data(patternBytes(1000)).write(to: url)
            let body = try HTTPRequestBody.file(at: url)
            try Data(patternBytes(10)).write(to: url)
            let error = try #require(await expectError { try await Self.chunks(body) })
            #expect(error.message.contains("became shorter while it was sent (10 of 1000 bytes)"))
        }
    }

    @Test("A sequence is read once; parts are concatenated; lengths add up only when all are known")
    func sequencesAndParts() async throws {
        let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        continuation.yield(ByteBuffer(string: "b"))
        continuation.yield(ByteBuffer(string: "c"))
        continuation.finish()
        let once = HTTPRequestBody.stream(stream)
        let body = HTTPRequestBody.concatenating([.bytes(Array("a".utf8)), .bytes([]), once, .bytes(Array("d".utf8))])
        #expect(body.length == nil)
        #expect(!body.isReplayable)
        #expect(!body.hasBeenRead)
        #expect(try await Self.chunks(body).map { String(decoding: $0, as: UTF8.self) } == ["a", "b", "c", "d"])
        #expect(body.hasBeenRead)
        let again = try #require(await expectError { try await Self.chunks(body) })
        #expect(again.message.contains("can be sent only once"))
        let known = HTTPRequestBody.concatenating([
            .bytes([1, 2]), .stream(AsyncStream<[UInt8]> { $0.finish() }, length: 3),
        ])
        #expect(known.length == 5)
    }

    @Test("Progress counts every byte handed on, from zero again each time the body is sent")
    func progress() async throws {
        let reports = NIOLockedValueBox<[Int64]>([])
        let body = HTTPRequestBody.concatenating([.bytes([1, 2, 3]), .bytes([4, 5])])
            .reportingProgress { progress in reports.withLockedValue { $0.append(progress.completedBytes) } }
        _ = try await Self.chunks(body)
        _ = try await Self.chunks(body)
        #expect(reports.withLockedValue { $0 } == [3, 5, 3, 5])
        #expect(TransferProgress(completedBytes: 5, totalBytes: 10).fractionCompleted == 0.5)
        #expect(TransferProgress(completedBytes: 0, totalBytes: 0).fractionCompleted == 1)
        #expect(TransferProgress(completedBytes: 5, totalBytes: nil).fractionCompleted == nil)
    }

    @Test("A multipart form frames each field and file as the standard says, quotes escaped")
    func multipartFraming() async throws {
        var form = MultipartForm(boundary: "XyZ")
        form.append("purpose", "batch")
        form.append(
            "file", filename: "a \"b\".jsonl", contentType: "application/jsonl", body: .bytes(Array("{}\n".utf8)))
        #expect(form.contentType == "multipart/form-data; boundary=XyZ")
        let text = String(decoding: try await Self.chunks(form.body).flatMap { $0 }, as: UTF8.self)
        #expect(
            text == "--XyZ\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a %22b%22.jsonl\"\r\n"
                + "Content-Type: application/jsonl\r\n\r\n{}\n\r\n--XyZ--\r\n")
        #expect(form.body.length == Int64(text.utf8.count))
        #expect(MultipartForm.randomBoundary() != MultipartForm.randomBoundary())
        #expect(MediaType.forFile(named: "rapat.MP3") == "audio/mpeg")
        #expect(MediaType.forFile(named: "noextension") == "application/octet-stream")
    }
    @Test("A streamed body reads at most four chunks ahead of an event loop that has not run the writes before")
    func pacedByTheEventLoop() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let produced = NIOLockedValueBox(0)
        let source = AsyncStream<ByteBuffer> {
            let index = produced.withLockedValue { count in
                defer { count += 1 }
                return count
            }
            return index < 10 ? ByteBuffer(bytes: [UInt8(index)]) : nil
        }
        let paced = EventLoopPacedChunks(HTTPRequestBody.stream(source).makeChunks(), writtenBy: group)
        let release = DispatchSemaphore(value: 0)
        group.next().execute { release.wait() }  // the loop runs nothing else until released
        let reading = Task {
            var bytes: [UInt8] = []
            for try await chunk in paced { bytes += chunk.readableBytesView }
            return bytes
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while produced.withLockedValue({ $0 }) < 4, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        try await Task.sleep(for: .milliseconds(100))
        #expect(produced.withLockedValue { $0 } == 4, "reads no further while the loop is busy")
        release.signal()
        #expect(try await reading.value == Array(0..<10))
        try await group.shutdownGracefully()
    }
}

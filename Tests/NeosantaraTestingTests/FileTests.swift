import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's `/v1/files` routes: uploads kept in memory, listed in pages, described, deleted and served.
@Suite("Files")
struct FileTests {
    @Test("stores uploads and lists them newest first, in pages with has_more and the last id")
    func listInPages() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            for name in ["a", "b", "c"] {
                _ = try await client.files.upload(Data(name.utf8), filename: "\(name).jsonl", purpose: .batch)
            }
            _ = try await client.files.upload(Data("d".utf8), filename: "d.png", purpose: .vision)
            let first = try await send(server, .get, "/v1/files?limit=2&purpose=batch")
            #expect(
                first.json?["data"]?.arrayValue?.compactMap { $0["filename"]?.stringValue } == ["c.jsonl", "b.jsonl"])
            #expect(first.json?["has_more"] == true)
            #expect(first.json?["last_id"] == "file-test-2")
            let second = try await send(server, .get, "/v1/files?limit=2&purpose=batch&after=file-test-2")
            #expect(second.json?["data"]?.arrayValue?.count == 1)
            #expect(second.json?["has_more"] == false)
            let oldest = try await send(server, .get, "/v1/files?order=asc&limit=1")
            #expect(oldest.json?["first_id"] == "file-test-1")
            let badLimit = try await send(server, .get, "/v1/files?limit=0")
            #expect(badLimit.head.status == .badRequest)
        }
    }

    @Test("describes, serves and deletes a file, and answers 404 once it is gone")
    func lifecycle() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let file = try await client.files.upload(Data("{\"a\":1}\n".utf8), filename: "in.jsonl", purpose: .batch)
            #expect(try await client.files.retrieve(file.id).value == file.value)
            #expect(try await client.files.content(file.id).collect(upTo: 100) == Data("{\"a\":1}\n".utf8))
            #expect(try await client.files.delete(file.id).deleted)
            #expect(server.storedFiles.isEmpty)
            let gone = try #require(await expectError { try await client.files.retrieve(file.id) })
            #expect(gone.kind == .notFound)
            #expect(gone.apiError?.code == "file_not_found")
        }
    }

    @Test("rejects an upload that is not multipart, or lacks its file or purpose, with a 400 naming the part")
    func badUploads() async throws {
        try await NeosantaraTestServer.withServer { server in
            let json = try await send(server, .post, "/v1/files", body: "{}")
            #expect(json.head.status == .badRequest)
            #expect(json.json?["error"]?["message"] == "The request must be multipart/form-data with a boundary.")
            let form = "--B\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--B--\r\n"
            let noFile = try await send(
                server, .post, "/v1/files", body: form, headers: [.contentType: "multipart/form-data; boundary=B"])
            #expect(noFile.json?["error"]?["param"] == "file")
            let wrongMethod = try await send(server, .put, "/v1/files/file-1")
            #expect(wrongMethod.head.status == .methodNotAllowed)
            #expect(wrongMethod.head.headerFields[.allow] == "GET, DELETE")
            #expect(server.storedFiles.isEmpty)
        }
    }

    @Test("scripts raw bytes and an empty 204 for a delete; a file it does not hold is a 404")
    func scripted() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            server.enqueue(.bytes([0, 1, 2], contentType: "video/mp4"), for: .fileContent)
            let content = try await client.files.content("file-x")
            #expect(content.contentType == "video/mp4")
            #expect(try await content.collect(upTo: 10) == Data([0, 1, 2]))
            server.enqueue(.status(204), for: .deleteFile)
            let deletion = try await client.files.delete("file-y")
            #expect(deletion.value == FileDeletion(id: "file-y", deleted: true))
            #expect(deletion.httpStatus == 204)
            let missing = try await send(server, .get, "/v1/files/file-z/content")
            #expect(missing.head.status == .notFound)
        }
    }
}

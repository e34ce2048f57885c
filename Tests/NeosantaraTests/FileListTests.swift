import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// `client.files.list` and `client.files.page` over loopback, against the test server's file store.
@Suite("File listing")
struct FileListTests {
    /// Uploads `names` as batch files, then one vision file, and returns the batch files' ids in upload order.
    private func upload(_ names: [String], to client: NeosantaraClient) async throws -> [String] {
        var ids: [String] = []
        for name in names {
            ids.append(try await client.files.upload(Data(name.utf8), filename: name + ".jsonl", purpose: .batch).id)
        }
        _ = try await client.files.upload(Data("image".utf8), filename: "photo.png", purpose: .vision)
        return ids
    }

    @Test("Every file of a purpose, newest first, fetched two per page as the loop reads them")
    func listsAcrossPages() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let ids = try await upload(["a", "b", "c", "d", "e"], to: client)
            server.removeAllRequests()

            var names: [String] = []
            for try await file in client.files.list(purpose: .batch, limit: 2) {
                names.append(file.filename ?? "")
            }

            #expect(names == ["e.jsonl", "d.jsonl", "c.jsonl", "b.jsonl", "a.jsonl"])
            #expect(
                server.requests.map(\.target) == [
                    "/v1/files?purpose=batch&limit=2",
                    "/v1/files?purpose=batch&after=\(ids[3])&limit=2",
                    "/v1/files?purpose=batch&after=\(ids[1])&limit=2",
                ])
        }
    }

    @Test("Oldest first with order: .ascending; leaving the loop early fetches no further page")
    func ascendingAndEarlyExit() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let ids = try await upload(["a", "b", "c"], to: client)
            server.removeAllRequests()

            var first: [String] = []
            for try await file in client.files.list(limit: 2, order: .ascending) {
                first.append(file.id)
                if first.count == 2 { break }
            }

            #expect(first == Array(ids.prefix(2)))
            #expect(server.requests.map(\.target) == ["/v1/files?order=asc&limit=2"])
        }
    }

    @Test("One page at a time: the page's next cursor fetches the next, and the last page has none")
    func byPage() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let ids = try await upload(["a", "b", "c"], to: client)

            let first = try await client.files.page(purpose: .batch, limit: 2)
            #expect(first.items.map(\.id) == [ids[2], ids[1]])
            #expect(first.hasMore)
            #expect(first.nextCursor == ids[1])
            let second = try await client.files.page(purpose: .batch, limit: 2, after: first.nextCursor)
            #expect(second.items.map(\.id) == [ids[0]])
            #expect(second.nextCursor == nil)

            var pageSizes: [Int] = []
            for try await page in client.files.list(limit: 3).pages {
                pageSizes.append(page.items.count)
            }
            #expect(pageSizes == [3, 1])
        }
    }

    @Test("A limit below 1 fails before anything is sent, naming the parameter")
    func badLimit() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let pageError = try #require(await expectError { try await client.files.page(limit: 0) })
            #expect(pageError.kind == .invalidRequest)
            #expect(pageError.parameter == "limit")
            let listError = try #require(
                await expectError {
                    for try await _ in client.files.list(limit: -1) {}
                })
            #expect(listError.parameter == "limit")
            #expect(listError.message.contains("at least 1"))
            #expect(server.requests.isEmpty)
        }
    }
}

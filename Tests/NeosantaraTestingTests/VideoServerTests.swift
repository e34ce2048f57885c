import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's video jobs: one step per fetch, content behind a 302 once completed.
@Suite("Video jobs")
struct VideoServerTests {
    @Test("A job moves queued → in_progress → completed, one step per GET; content is a 302 to the file")
    func schedule() async throws {
        try await NeosantaraTestServer.withServer { server in
            let created = try await send(server, .post, "/v1/videos", body: #"{"model":"m","prompt":"p"}"#)
            #expect(created.head.status == .accepted)
            #expect(created.json?["completed_at"] == .null)
            #expect(created.json?["seconds"] == 5)
            let id = try #require(created.json?["id"]?.stringValue)
            let early = try await send(server, .get, "/v1/videos/\(id)/content")
            #expect(early.head.status == .notFound)
            var statuses: [String] = []
            for _ in 0..<3 {
                statuses.append(try await send(server, .get, "/v1/videos/\(id)").json?["status"]?.stringValue ?? "")
            }
            #expect(statuses == ["in_progress", "completed", "completed"])
            let content = try await send(server, .get, "/v1/videos/\(id)/content")
            #expect(content.head.status == .found)
            let location = try #require(content.head.headerFields[.location])
            #expect(location == server.baseURL.absoluteString + "/videos/files/\(id).mp4")
            let file = try await send(server, .get, try #require(URL(string: location)?.path))
            #expect(file.bytes.count == 5 * 4096)
            let unknown = try await send(server, .get, "/v1/videos/nothing")
            #expect(unknown.json?["error"]?["code"] == "video_not_found")
        }
    }
}

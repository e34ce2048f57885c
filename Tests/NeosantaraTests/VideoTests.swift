import Foundation
import NIOConcurrencyHelpers
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Video jobs over loopback: created queued, waited for on the client's clock with progress, and their content
/// streamed to disk through the server's redirect.
@Suite("Videos")
struct VideoTests {
    /// A client whose polling waits run at once on `clock`.
    func client(_ server: NeosantaraTestServer, clock: TestClock) -> NeosantaraClient {
        var configuration = makeClient(server.baseURL).configuration
        configuration.clock = clock
        return NeosantaraClient(configuration: configuration)
    }

    @Test("createAndWait reports queued, in_progress and completed, waiting on the clock; download follows the 302")
    func createWaitAndDownload() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let clock = TestClock()
                let videos = client(server, clock: clock).videos
                let seen = NIOLockedValueBox<[String]>([])
                let video = try await videos.createAndWait(
                    VideoRequest(model: "veo-3", prompt: "sunrise over Bromo", seconds: "9"),
                    polling: PollingOptions(initialInterval: .seconds(2), multiplier: 2)
                ) { job in seen.withLockedValue { $0.append("\(job.status) \(Int(job.progress))") } }
                #expect(seen.withLockedValue { $0 } == ["queued 0", "in_progress 50", "completed 100"])
                #expect(clock.sleeps == [.seconds(2), .seconds(4)])
                #expect(video.value.status == .completed)
                #expect(video.seconds == "9")
                #expect(video.completedAt != nil)
                let created = try JSONDecoder().decode(
                    VideoRequest.self, from: try #require(server.requests.first).body)
                #expect(created.seconds == "9")

                let destination = folder.appendingPathComponent("bromo.mp4")
                let saved = try await videos.download(video.id, to: destination)
                #expect(saved.byteCount == 9 * 4096)
                #expect(saved.contentType == "video/mp4")
                let bytes = try Data(contentsOf: destination)
                #expect(bytes.count == 9 * 4096)
                #expect(String(decoding: bytes[4..<8], as: UTF8.self) == "ftyp")
                #expect(server.requests.suffix(2).map(\.route) == [.videoContent, .videoFile])
            }
        }
    }

    @Test("Content before the video is ready is a 404 that says so; create answers 202 queued")
    func notReady() async throws {
        try await NeosantaraTestServer.withServer { server in
            let videos = makeClient(server.baseURL).videos
            let job = try await videos.create(VideoRequest(model: "veo-3", prompt: "candi"))
            #expect(job.httpStatus == 202)
            #expect(job.status == .queued)
            let error = await expectError { try await videos.content(job.id) }
            #expect(error?.kind == .notFound)
            #expect(error?.message.contains("not ready") == true)
        }
    }

    @Test("A failed job throws with its error; a bad request fails before sending")
    func failures() async throws {
        try await NeosantaraTestServer.withServer { server in
            let videos = client(server, clock: TestClock()).videos
            let failed = await expectError {
                try await videos.createAndWait(VideoRequest(model: "veo-3", prompt: "this will fail"))
            }
            #expect(failed?.message.contains("The model could not film the prompt. [generation_failed]") == true)
            server.removeAllRequests()
            let long = await expectError {
                try await videos.create(VideoRequest(model: "m", prompt: String(repeating: "a", count: 5001)))
            }
            #expect(long?.parameter == "prompt")
            let seconds = await expectError {
                try await videos.create(VideoRequest(model: "m", prompt: "p", seconds: "5s"))
            }
            #expect(seconds?.parameter == "seconds")
            #expect(server.requests.isEmpty)
        }
    }

    @Test("seconds decodes from a string or a number")
    func secondsEitherWay() throws {
        let base =
            #""id":"v","object":"video","created_at":1,"status":"queued","model":"m","progress":0,"prompt":"p","size":"1x1""#
        let number = try JSONDecoder().decode(Video.self, from: Data("{\(base),\"seconds\":5}".utf8))
        let text = try JSONDecoder().decode(Video.self, from: Data("{\(base),\"seconds\":\"9\"}".utf8))
        #expect(number.seconds == "5")
        #expect(text.seconds == "9")
    }
}

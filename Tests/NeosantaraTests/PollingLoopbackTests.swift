import Foundation
import NIOConcurrencyHelpers
import NeosantaraTesting
import Testing

@testable import Neosantara

/// The executor's poller over loopback: each poll is a real call, retried by the normal policy, and the waits
/// run on the configuration's clock.
@Suite("Polling over loopback")
struct PollingLoopbackTests {
    /// A model whose description stands in for a job's status.
    static func job(_ status: String) -> ScriptedReply {
        .json(Model(id: "job-1", description: status))
    }

    @Test("A job is fetched until it finishes, waiting on the client's clock, a transient 503 retried on the way")
    func pollsUntilFinished() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [Self.job("queued"), RetryTests.failure(503), Self.job("in_progress"), Self.job("completed")],
                for: .retrieveModel)
            let clock = TestClock()
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: server.baseURL)
            configuration.clock = clock
            configuration.sleep = SleepRecorder().sleep
            let client = NeosantaraClient(configuration: configuration)
            let seen = StatusLog()
            let finished = try await client.executor.poll(
                options: PollingOptions(initialInterval: .seconds(2), multiplier: 2),
                fetch: { () async throws(NeosantaraError) in try await client.models.retrieve("job-1") },
                isFinished: { $0.description == "completed" }, describeStatus: { $0.description ?? "" },
                onProgress: { seen.append($0.description ?? "") })
            #expect(finished.description == "completed")
            #expect(seen.all == ["queued", "in_progress", "completed"])
            #expect(clock.sleeps == [.seconds(2), .seconds(4)])
            #expect(server.requests.count == 4)
        }
    }
}

/// The statuses a poll reported, in order.
private final class StatusLog: Sendable {
    private let box = NIOLockedValueBox<[String]>([])
    var all: [String] { box.withLockedValue { $0 } }
    func append(_ status: String) { box.withLockedValue { $0.append(status) } }
}

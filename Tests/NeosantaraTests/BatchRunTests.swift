import Foundation
import NIOConcurrencyHelpers
import NeosantaraTesting
import Testing

@testable import Neosantara

/// `client.batches.run`: sharding, the state file, and a run killed at every step and started again, over
/// loopback against the test server's stateful batches.
@Suite("Batch job runner")
struct BatchRunTests {
    /// Five chat requests, `r1` … `r5`.
    static let requests = (1...5).map { index in
        BatchRequest(
            customID: "r\(index)",
            body: ChatCompletionsRequest(model: "nusantara-base", messages: [.user("tiket \(index)")]))
    }

    /// Two requests per shard, so the five make three shards; one shard at a time unless said otherwise.
    static func options(concurrency: Int = 1, timeout: Duration? = nil) -> BatchRunOptions {
        BatchRunOptions(
            limits: BatchLimits(maximumRequests: 2), maximumConcurrentShards: concurrency,
            polling: PollingOptions(initialInterval: .milliseconds(1), multiplier: 1, timeout: timeout))
    }

    static func count(_ route: NeosantaraTestServer.Route, on server: NeosantaraTestServer) -> Int {
        server.requests.filter { $0.route == route }.count
    }

    /// Checks that every request has its echo, each input was stored once and each shard got one batch.
    static func expectComplete(
        _ results: [String: BatchResult<ChatCompletionsResponse>], on server: NeosantaraTestServer,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(results.keys.sorted() == ["r1", "r2", "r3", "r4", "r5"], sourceLocation: sourceLocation)
        for index in 1...5 {
            #expect(
                results["r\(index)"]?.response?.choices.first?.message.content == "Echo: tiket \(index)",
                sourceLocation: sourceLocation)
        }
        let inputs = server.storedFiles.filter { $0.file.purpose == .batch }.compactMap(\.file.filename)
        #expect(inputs.count == 3, "inputs: \(inputs)", sourceLocation: sourceLocation)
        #expect(Set(inputs).count == 3, sourceLocation: sourceLocation)
        #expect(server.storedBatches.count == 3, sourceLocation: sourceLocation)
        #expect(server.storedBatches.allSatisfy { $0.status == .completed }, sourceLocation: sourceLocation)
    }

    @Test("Shards the job, runs every shard and returns every result keyed by custom_id, with progress")
    func runsShards() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let stateFile = folder.appendingPathComponent("job.json")
                let progress = NIOLockedValueBox<[BatchRunProgress]>([])
                let results = try await makeClient(server.baseURL).batches.run(
                    Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile,
                    options: Self.options(concurrency: 3)
                ) { report in progress.withLockedValue { $0.append(report) } }
                Self.expectComplete(results, on: server)
                #expect(server.storedBatches.compactMap { $0.requestCounts?.total }.sorted() == [1, 2, 2])
                let state = try #require(try BatchRunState.load(from: stateFile))
                #expect(state.shards.map(\.requestCount) == [2, 2, 1])
                #expect(state.shards.allSatisfy { $0.downloaded })
                #expect(progress.withLockedValue { $0.last?.shards } == 3)
                #expect(progress.withLockedValue { $0.map(\.requestCounts.finished).max() } == 5)

                // A finished job run again sends nothing and returns the same results.
                server.removeAllRequests()
                let again = try await makeClient(server.baseURL).batches.run(
                    Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile, options: Self.options())
                #expect(again.count == 5)
                #expect(server.requests.isEmpty)
            }
        }
    }

    @Test(
        "Killed when an answer is lost after the server acted — upload, create — the next run finds it, not repeats it",
        arguments: [NeosantaraTestServer.Route.uploadFile, .createBatch])
    func lostAnswer(route: NeosantaraTestServer.Route) async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let stateFile = folder.appendingPathComponent("job.json")
                let client = makeClient(server.baseURL)
                // The second shard's step succeeds on the server, and its answer never arrives.
                server.enqueue([.standard, .standard.closingConnection(afterEvents: 0)], for: route)
                let killed = try #require(
                    await expectError {
                        try await client.batches.run(
                            Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile,
                            options: Self.options())
                    })
                #expect(killed.kind == .connection)
                let results = try await client.batches.run(
                    Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile, options: Self.options())
                Self.expectComplete(results, on: server)
            }
        }
    }

    @Test(
        "Killed after a step was recorded — after upload, after create — the next run goes on from the next step",
        arguments: [NeosantaraTestServer.Route.createBatch, .retrieveBatch])
    func killedAfterStep(failing route: NeosantaraTestServer.Route) async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let stateFile = folder.appendingPathComponent("job.json")
                let client = makeClient(server.baseURL)
                server.enqueue(.closeConnection, for: route)
                _ = await expectError {
                    try await client.batches.run(
                        Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile, options: Self.options())
                }
                let state = try #require(try BatchRunState.load(from: stateFile))
                #expect(state.shards[0].fileID != nil)
                #expect((state.shards[0].batchID != nil) == (route == .retrieveBatch))
                let results = try await client.batches.run(
                    Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile, options: Self.options())
                Self.expectComplete(results, on: server)
                #expect(Self.count(.uploadFile, on: server) == 3)
            }
        }
    }

    @Test("Killed mid-wait, the next run waits for the same batches: nothing uploaded or created again")
    func killedMidWait() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.batchProgression = .manual
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer(configuration: configuration) { server in
                let stateFile = folder.appendingPathComponent("job.json")
                let client = makeClient(server.baseURL)
                var runs = 0
                var results: [String: BatchResult<ChatCompletionsResponse>]?
                // Each run waits a moment, gives up, and the server moves every batch it has to its end.
                while results == nil, runs < 8 {
                    runs += 1
                    do {
                        results = try await client.batches.run(
                            Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile,
                            options: Self.options(timeout: .milliseconds(30)))
                    } catch {
                        #expect((error as? NeosantaraError)?.kind == .timeout)
                        for batch in server.storedBatches {
                            await server.finishBatch(batch.id)
                        }
                    }
                }
                #expect(runs > 1)
                Self.expectComplete(try #require(results), on: server)
                #expect(Self.count(.uploadFile, on: server) == 3)
                #expect(Self.count(.createBatch, on: server) == 3)
            }
        }
    }

    @Test("Killed after one shard's download, the next run downloads only the rest and loses no result")
    func killedAfterDownload() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let stateFile = folder.appendingPathComponent("job.json")
                let client = makeClient(server.baseURL)
                server.enqueue([.standard, .closeConnection], for: .fileContent)
                _ = await expectError {
                    try await client.batches.run(
                        Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile, options: Self.options())
                }
                #expect(try BatchRunState.load(from: stateFile)?.shards.map(\.downloaded) == [true, false, false])
                server.removeAllRequests()
                let results = try await client.batches.run(
                    Self.requests, as: ChatCompletionsResponse.self, stateFile: stateFile, options: Self.options())
                Self.expectComplete(results, on: server)
                // The second shard's download and the third shard, which had not started: one upload, one batch.
                #expect(Self.count(.fileContent, on: server) == 2)
                #expect(Self.count(.uploadFile, on: server) == 1)
                #expect(Self.count(.createBatch, on: server) == 1)
            }
        }
    }

    @Test("A repeated custom_id or a second endpoint fails before anything is written or sent")
    func badRequests() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let stateFile = folder.appendingPathComponent("job.json")
                let client = makeClient(server.baseURL)
                let repeated = try #require(
                    await expectError {
                        try await client.batches.run(
                            Self.requests + [Self.requests[0]], as: ChatCompletionsResponse.self,
                            stateFile: stateFile, options: Self.options())
                    })
                #expect(repeated.message == "line 6: `custom_id` `r1` is already used by request 1")
                let mixed =
                    Self.requests + [BatchRequest(customID: "e", body: EmbeddingsRequest(model: "m", input: "x"))]
                let endpoint = try #require(
                    await expectError {
                        try await client.batches.run(
                            mixed, as: ChatCompletionsResponse.self, stateFile: stateFile, options: Self.options())
                    })
                #expect(endpoint.parameter == "url")
                #expect(server.requests.isEmpty)
                #expect(!FileManager.default.fileExists(atPath: stateFile.path))
            }
        }
    }
}

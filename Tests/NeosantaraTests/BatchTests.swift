import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import NeosantaraTesting
import Testing

@testable import Neosantara

/// `client.batches` over loopback: create, retrieve, list, cancel and wait, against scripted replies.
@Suite("Batches")
struct BatchTests {
    /// A batch body in OpenAI's shape with `status` and request counts.
    static func batchJSON(_ id: String = "batch_1", status: String, done: Int = 0, total: Int = 3) -> ScriptedReply {
        .rawJSON(
            #"""
            {"id":"\#(id)","object":"batch","endpoint":"/v1/chat/completions","status":"\#(status)",\#
            "input_file_id":"file-1","completion_window":"24h","created_at":1717950000,\#
            "request_counts":{"total":\#(total),"completed":\#(done),"failed":0}}
            """#)
    }

    @Test("create sends the gateway's documented body and decodes the new batch")
    func create() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Self.batchJSON(status: "validating"), for: .createBatch)
            let batch = try await makeClient(server.baseURL).batches.create(
                inputFileID: "file-xyz123", endpoint: .chatCompletions)
            #expect(batch.value.status == .validating)
            #expect(batch.requestCounts == BatchRequestCounts(total: 3))
            let request = try #require(server.requests.first)
            #expect(request.target == "/v1/batches")
            #expect(request.json == (try Fixtures.json("examples/batch_create_request.json")))

            server.enqueue(Self.batchJSON(status: "validating"), for: .createBatch)
            _ = try await makeClient(server.baseURL).batches.create(
                inputFileID: "file-1", endpoint: .embeddings, metadata: ["job": "tickets"])
            #expect(server.requests[1].json?["metadata"] == ["job": "tickets"])
            #expect(server.requests[1].json?["endpoint"] == "/v1/embeddings")
        }
    }

    /// Seventeen metadata pairs, one more than a batch takes.
    static let tooManyPairs: [String: String] = Dictionary(
        uniqueKeysWithValues: (1...17).map { (index: Int) -> (String, String) in ("k\(index)", "v") })

    /// Requests the API would refuse, the parameter each names, and a part of its message.
    static let badRequests: [(BatchCreateRequest, String, String)] = [
        (BatchCreateRequest(inputFileID: "", endpoint: .chatCompletions), "input_file_id", "must not be empty"),
        (BatchCreateRequest(inputFileID: "f", endpoint: "chat/completions"), "endpoint", "must be a path"),
        (
            BatchCreateRequest(inputFileID: "f", endpoint: .chatCompletions, completionWindow: ""),
            "completion_window", "must not be empty"
        ),
        (
            BatchCreateRequest(
                inputFileID: "f", endpoint: .chatCompletions,
                metadata: tooManyPairs),
            "metadata", "at most 16 pairs, got 17"
        ),
        (
            BatchCreateRequest(
                inputFileID: "f", endpoint: .chatCompletions, metadata: [String(repeating: "k", count: 65): "v"]),
            "metadata", "at most 64 characters"
        ),
        (
            BatchCreateRequest(
                inputFileID: "f", endpoint: .chatCompletions, metadata: ["k": String(repeating: "v", count: 513)]),
            "metadata", "the value of `k` has 513"
        ),
    ]

    @Test("create refuses what the API would, before anything is sent, naming the parameter", arguments: badRequests)
    func badCreate(request: BatchCreateRequest, parameter: String, problem: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            let error = try #require(await expectError { try await makeClient(server.baseURL).batches.create(request) })
            #expect(error.kind == .invalidRequest)
            #expect(error.parameter == parameter)
            #expect(error.message.contains(problem))
            #expect(server.requests.isEmpty)
        }
    }

    @Test("retrieve decodes every field: errors, counts, metadata, timestamps, an unknown endpoint and status")
    func retrieveEveryField() async throws {
        try await NeosantaraTestServer.withServer { server in
            let body = #"""
                {"id":"batch/2","object":"batch","endpoint":"/v1/rerank","status":"paused",\#
                "input_file_id":"file-1","completion_window":"24h","output_file_id":"file-2",\#
                "error_file_id":"file-3","errors":{"object":"list","data":[{"code":"invalid_json_line",\#
                "message":"bad","line":4}]},"request_counts":{"total":5,"completed":3,"failed":1},\#
                "metadata":{"job":"a"},"model":"nusantara-base","usage":{"input_tokens":7},\#
                "created_at":1,"in_progress_at":2,"expires_at":3,"finalizing_at":4,"completed_at":5,\#
                "failed_at":6,"expired_at":7,"cancelling_at":8,"canceled_at":9,"future_field":true}
                """#
            server.enqueue(.rawJSON(body), for: .retrieveBatch)
            let batch = try await makeClient(server.baseURL).batches.retrieve("batch/2").value
            #expect(server.requests.first?.target == "/v1/batches/batch%2F2")
            #expect(batch.endpoint.rawValue == "/v1/rerank")
            #expect(batch.status.rawValue == "paused")
            #expect(!batch.status.isTerminal)
            #expect(batch.errors?.data == [BatchError(code: "invalid_json_line", message: "bad", line: 4)])
            #expect(batch.requestCounts?.finished == 4)
            #expect(batch.metadata == ["job": "a"])
            #expect(batch.usage?["input_tokens"] == 7)
            let times: [Int?] = [
                batch.createdAt, batch.inProgressAt, batch.expiresAt, batch.finalizingAt, batch.completedAt,
                batch.failedAt, batch.expiredAt, batch.cancellingAt, batch.cancelledAt,
            ]
            #expect(times == Array(1...9))
            // Encoding spells the cancel time as OpenAI does, and decodes back to the same value.
            let encoded = try encodedJSON(batch)
            #expect(encoded["cancelled_at"] == 9)
            #expect(encoded["canceled_at"] == nil)
            #expect(try decode(Batch.self, from: encoded) == batch)

            let missing = try #require(await expectError { try await makeClient(server.baseURL).batches.retrieve("") })
            #expect(missing.parameter == "id")
        }
    }

    @Test("list reads every batch across pages; page(…) fetches one; cancel posts to the batch's cancel path")
    func listAndCancel() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [
                    .rawJSON(
                        #"{"object":"list","data":[{"id":"b3","endpoint":"/v1/embeddings","status":"completed"},"#
                            + #"{"id":"b2","endpoint":"/v1/embeddings","status":"failed"}],"has_more":true,"#
                            + #""first_id":"b3","last_id":"b2"}"#),
                    .rawJSON(
                        #"{"object":"list","data":[{"id":"b1","endpoint":"/v1/embeddings","status":"expired"}],"#
                            + #""has_more":false}"#),
                    .rawJSON(#"{"object":"list","data":[],"has_more":false}"#),
                ],
                for: .listBatches)
            let client = makeClient(server.baseURL)
            var ids: [String] = []
            for try await batch in client.batches.list(limit: 2) {
                ids.append(batch.id)
            }
            #expect(ids == ["b3", "b2", "b1"])
            let empty = try await client.batches.page(limit: 5, after: "b1")
            #expect(empty.items.isEmpty)
            #expect(empty.nextCursor == nil)
            #expect(
                server.requests.map(\.target) == [
                    "/v1/batches?limit=2", "/v1/batches?after=b2&limit=2", "/v1/batches?after=b1&limit=5",
                ])

            server.enqueue(.rawJSON(#"{"id":"b1","object":"batch","status":"canceled"}"#), for: .cancelBatch)
            server.enqueue(Self.batchJSON("b1", status: "canceled"), for: .cancelBatch)
            // The gateway's cancel answer has no endpoint, which a batch needs: the error says what was expected.
            let partial = try #require(await expectError { try await client.batches.cancel("b1") })
            #expect(partial.kind == .decoding)
            let cancelled = try await client.batches.cancel("b1")
            #expect(cancelled.value.status == .canceled)
            #expect(cancelled.value.status.isTerminal)
            #expect(server.requests.last?.method == .post)
            #expect(server.requests.last?.target == "/v1/batches/b1/cancel")
        }
    }

    @Test(
        "wait fetches until the batch ends, on the client's clock, reporting each fetch, a 503 retried on the way",
        arguments: ["completed", "failed", "expired", "cancelled", "canceled"])
    func waitUntilTerminal(final: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [
                    Self.batchJSON(status: "validating"), RetryTests.failure(503),
                    Self.batchJSON(status: "in_progress", done: 1), Self.batchJSON(status: "cancelling", done: 2),
                    Self.batchJSON(status: final, done: 3),
                ],
                for: .retrieveBatch)
            let clock = TestClock()
            var configuration = NeosantaraClient.Configuration(
                apiKey: APIKey(testAPIKey), baseURL: server.baseURL, retry: .default)
            configuration.clock = clock
            configuration.sleep = SleepRecorder().sleep
            let seen = NIOLockedValueBox<[String]>([])
            let done = try await NeosantaraClient(configuration: configuration).batches.wait(
                "batch_1", polling: PollingOptions(initialInterval: .seconds(1), multiplier: 2)
            ) { batch in
                seen.withLockedValue { $0.append("\(batch.status) \(batch.requestCounts?.finished ?? -1)") }
            }
            #expect(done.value.status.rawValue == final)
            #expect(seen.withLockedValue { $0 } == ["validating 0", "in_progress 1", "cancelling 2", "\(final) 3"])
            #expect(clock.sleeps == [.seconds(1), .seconds(2), .seconds(4)])
            #expect(server.requests.count == 5)
        }
    }

    @Test("wait gives up past its timeout with the batch's status and progress in the message")
    func waitTimesOut() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [Self.batchJSON(status: "in_progress", done: 1), Self.batchJSON(status: "in_progress", done: 2)],
                for: .retrieveBatch)
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: server.baseURL)
            configuration.clock = TestClock()
            let error = try #require(
                await expectError {
                    try await NeosantaraClient(configuration: configuration).batches.wait(
                        "batch_1", polling: PollingOptions(initialInterval: .seconds(5), timeout: .seconds(5)))
                })
            #expect(error.kind == .timeout)
            #expect(error.timeoutKind == .polling)
            #expect(error.message.contains("in_progress, 2 of 3 requests done"))
        }
    }
}

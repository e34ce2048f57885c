import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's batches: created from uploaded files, run line by line through the server's own
/// behaviour or scripts, moved on by a schedule the test controls, with output and error files, cancel, expiry
/// and the file store's limit.
@Suite("Batches on the test server")
struct BatchServerTests {
    /// A chat completions input line.
    static func chatLine(_ customID: String, _ text: String, url: String = "/v1/chat/completions") -> String {
        #"{"custom_id":"\#(customID)","method":"POST","url":"\#(url)","#
            + #""body":{"model":"nusantara-base","messages":[{"role":"user","content":"\#(text)"}]}}"#
    }

    /// A server whose batches only move when the test says, `perStep` requests at a time.
    static func manual(perStep: Int? = nil) -> NeosantaraTestServer.Configuration {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.batchProgression = .manual
        configuration.batchRequestsPerStep = perStep
        return configuration
    }

    /// Uploads `lines` as a batch input file and creates a chat completions batch of it.
    static func createBatch(_ lines: [String], on client: NeosantaraClient) async throws -> Batch {
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let file = try await client.files.upload(input, filename: "input.jsonl", purpose: .batch)
        return try await client.batches.create(inputFileID: file.id, endpoint: .chatCompletions).value
    }

    /// The lines of a stored file, parsed.
    static func lines(of fileID: String?, on server: NeosantaraTestServer) throws -> [JSONValue] {
        let file = try #require(server.storedFiles.first { $0.file.id == fileID })
        return try file.content.split(separator: UInt8(ascii: "\n")).map {
            try JSONDecoder().decode(JSONValue.self, from: Data($0))
        }
    }

    @Test("steps validating → in_progress → finalizing → completed; a scripted error fails its line only")
    func manualLifecycle() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.manual(perStep: 2)) { server in
            let client = makeClient(server)
            server.enqueue(
                .error(status: 400, APIError(message: "bad line", code: "invalid_request")), for: .chatCompletions)
            let created = try await Self.createBatch(
                [Self.chatLine("a", "Hello 1"), Self.chatLine("b", "Hello 2"), Self.chatLine("c", "Hello 3")],
                on: client)
            #expect(created.status == .validating)
            // A retrieve does not move a manual batch on.
            #expect(try await client.batches.retrieve(created.id).value.status == .validating)

            let started = await server.advanceBatch(created.id)
            #expect(started?.status == .inProgress)
            #expect(started?.requestCounts == BatchRequestCounts(total: 3))
            let halfway = await server.advanceBatch(created.id)
            #expect(halfway?.status == .inProgress)
            #expect(halfway?.requestCounts == BatchRequestCounts(total: 3, completed: 1, failed: 1))
            #expect(await server.advanceBatch(created.id)?.status == .finalizing)
            let done = try #require(await server.advanceBatch(created.id))
            #expect(done.status == .completed)
            #expect(done.requestCounts == BatchRequestCounts(total: 3, completed: 2, failed: 1))
            #expect(try await client.batches.retrieve(created.id).value == done)

            let output = try Self.lines(of: done.outputFileID, on: server)
            #expect(output.map { $0["custom_id"] } == ["b", "c"])
            #expect(output[0]["response"]?["status_code"] == 200)
            #expect(output[0]["response"]?["body"]?["choices"]?[0]?["message"]?["content"] == "Echo: Hello 2")
            #expect(output[0]["error"] == .null)
            let errors = try Self.lines(of: done.errorFileID, on: server)
            #expect(errors.map { $0["custom_id"] } == ["a"])
            #expect(errors[0]["response"]?["status_code"] == 400)
            #expect(errors[0]["response"]?["body"]?["error"]?["message"] == "bad line")
            let outputFile = try await client.files.retrieve(try #require(done.outputFileID)).value
            #expect(outputFile.purpose == .batchOutput)
            // A batch that ended does not move again.
            #expect(await server.advanceBatch(created.id) == done)
        }
    }

    @Test("by default each retrieve takes one step, so a client's wait sees every status and ends completed")
    func progressesOnRetrieve() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let created = try await Self.createBatch([Self.chatLine("only", "Halo")], on: client)
            let statuses = NIOLockedValueBox<[BatchStatus]>([])
            let done = try await client.batches.wait(
                created.id, polling: PollingOptions(initialInterval: .milliseconds(1), multiplier: 1)
            ) { batch in statuses.withLockedValue { $0.append(batch.status) } }
            #expect(done.value.status == .completed)
            #expect(statuses.withLockedValue { $0 } == [.inProgress, .finalizing, .completed])
            #expect(try Self.lines(of: done.outputFileID, on: server).count == 1)
            #expect(done.errorFileID == nil)
        }
    }

    @Test("an input with bad lines fails, each problem with its line number, and nothing runs")
    func badLines() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.manual()) { server in
            let client = makeClient(server)
            let created = try await Self.createBatch(
                [
                    Self.chatLine("a", "ok"), "", "{not json", Self.chatLine("a", "again"),
                    Self.chatLine("e", "x", url: "/v1/embeddings"),
                    #"{"custom_id":"f","method":"GET","url":"/v1/chat/completions","body":{}}"#,
                ],
                on: client)
            let failed = try #require(await server.finishBatch(created.id))
            #expect(failed.status == .failed)
            #expect(failed.errors?.data.map(\.line) == [2, 3, 4, 5, 6])
            #expect(
                failed.errors?.data.map(\.code) == [
                    "invalid_json_line", "invalid_json_line", "duplicate_custom_id", "invalid_url", "invalid_method",
                ])
            #expect(failed.errors?.data[2].message == "Line 4: `custom_id` `a` is used twice.")
            #expect(failed.outputFileID == nil)
            #expect(!server.requests.contains { $0.route == .chatCompletions })
        }
    }

    @Test("create refuses a missing file, a file of another purpose, an endpoint or window it does not run")
    func badCreate() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let missing = try #require(
                await expectError { try await client.batches.create(inputFileID: "file-none", endpoint: .embeddings) })
            #expect(missing.kind == .notFound)
            #expect(missing.parameter == "input_file_id")
            let image = try await client.files.upload(Data("x".utf8), filename: "x.png", purpose: .vision)
            let purpose = try #require(
                await expectError { try await client.batches.create(inputFileID: image.id, endpoint: .embeddings) })
            #expect(purpose.message == "The input file must have purpose `batch`, not `vision`.")
            let input = try await client.files.upload(Data("{}\n".utf8), filename: "in.jsonl", purpose: .batch)
            let endpoint = try #require(
                await expectError { try await client.batches.create(inputFileID: input.id, endpoint: .responses) })
            #expect(endpoint.parameter == "endpoint")
            let window = try #require(
                await expectError {
                    try await client.batches.create(
                        inputFileID: input.id, endpoint: .embeddings, completionWindow: "1h")
                })
            #expect(window.parameter == "completion_window")
            let noFile = try await send(server, .post, "/v1/batches", body: #"{"endpoint":"/v1/embeddings"}"#)
            #expect(noFile.json?["error"]?["param"] == "input_file_id")
            #expect(server.storedBatches.isEmpty)
        }
    }

    @Test("cancel stops a running batch at once, keeping what ran; an ended batch answers 409")
    func cancel() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.manual(perStep: 1)) { server in
            let client = makeClient(server)
            let created = try await Self.createBatch([Self.chatLine("a", "1"), Self.chatLine("b", "2")], on: client)
            await server.advanceBatch(created.id)
            await server.advanceBatch(created.id)
            let cancelled = try await client.batches.cancel(created.id).value
            #expect(cancelled.status == .canceled)
            #expect(cancelled.cancelledAt != nil)
            #expect(cancelled.requestCounts == BatchRequestCounts(total: 2, completed: 1))
            #expect(try Self.lines(of: cancelled.outputFileID, on: server).map { $0["custom_id"] } == ["a"])
            #expect(await server.advanceBatch(created.id) == cancelled)
            #expect(try await client.batches.cancel(created.id).value == cancelled)

            let other = try await Self.createBatch([Self.chatLine("c", "3")], on: client)
            await server.finishBatch(other.id)
            let ended = try #require(await expectError { try await client.batches.cancel(other.id) })
            #expect(ended.kind == .conflict)
            #expect(ended.message == "Batch `\(other.id)` is completed and can no longer be cancelled.")
        }
    }

    @Test("an expired batch keeps the results that ran and writes the rest as batch_expired errors")
    func expire() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.manual(perStep: 1)) { server in
            let client = makeClient(server)
            let created = try await Self.createBatch(
                [Self.chatLine("a", "1"), Self.chatLine("b", "2"), Self.chatLine("c", "3")], on: client)
            await server.advanceBatch(created.id)
            await server.advanceBatch(created.id)
            let expired = try #require(server.expireBatch(created.id))
            #expect(expired.status == .expired)
            #expect(expired.requestCounts == BatchRequestCounts(total: 3, completed: 1, failed: 2))
            let errors = try Self.lines(of: expired.errorFileID, on: server)
            #expect(errors.map { $0["custom_id"] } == ["b", "c"])
            #expect(errors.allSatisfy { $0["error"]?["code"] == "batch_expired" && $0["response"] == .null })
            #expect(try await client.batches.wait(created.id).value.status == .expired)
        }
    }

    @Test("batches are listed newest first in pages")
    func list() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.manual()) { server in
            let client = makeClient(server)
            var ids: [String] = []
            for index in 1...3 {
                ids.append(try await Self.createBatch([Self.chatLine("x", "\(index)")], on: client).id)
            }
            var listed: [String] = []
            for try await batch in client.batches.list(limit: 2) {
                listed.append(batch.id)
            }
            #expect(listed == ids.reversed())
            #expect(server.requests.filter { $0.route == .listBatches }.count == 2)
            let badLimit = try await send(server, .get, "/v1/batches?limit=101")
            #expect(badLimit.head.status == .badRequest)
        }
    }

    @Test("uploads past the store's limit get a 413 that says what is free; a scripted 503 stores nothing")
    func storeLimitAndUploadFault() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.maximumStoredFileBytes = 100
        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let client = makeClient(server)
            let first = try await client.files.upload(Data(count: 60), filename: "a.jsonl", purpose: .batch)
            let tooBig = try #require(
                await expectError {
                    try await client.files.upload(Data(count: 60), filename: "b.jsonl", purpose: .batch)
                })
            #expect(tooBig.status == 413)
            #expect(tooBig.message.contains("does not fit"))
            #expect(tooBig.message.contains("40 are free"))
            _ = try await client.files.delete(first.id)
            _ = try await client.files.upload(Data(count: 60), filename: "b.jsonl", purpose: .batch)

            server.enqueue(.error(status: 503, APIError(message: "upstream busy")), for: .uploadFile)
            let busy = try #require(
                await expectError {
                    try await client.files.upload(Data(count: 1), filename: "c.jsonl", purpose: .batch)
                })
            #expect(busy.kind == .serverError)
            #expect(server.storedFiles.map(\.file.filename) == ["b.jsonl"])
        }
    }

    @Test("A batch that completes, is cancelled or expires is announced to the webhook endpoint once, signed")
    func webhookDelivery() async throws {
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        try await NeosantaraTestServer.withServer { endpoint in
            var configuration = Self.manual()
            configuration.webhook = .init(url: endpoint.baseURL.appendingPathComponent("hooks"), secret: secret)
            try await NeosantaraTestServer.withServer(configuration: configuration) { server in
                let client = makeClient(server)
                let completed = try await Self.createBatch([Self.chatLine("a", "Halo")], on: client)
                await server.finishBatch(completed.id)
                await server.finishBatch(completed.id)  // an ended batch is not announced again
                let cancelled = try await Self.createBatch([Self.chatLine("b", "Batal")], on: client)
                _ = try await client.batches.cancel(cancelled.id)
                let expired = try await Self.createBatch([Self.chatLine("c", "Lama")], on: client)
                server.expireBatch(expired.id)
                server.expireBatch(expired.id)

                var deliveries: [RecordedRequest] = []
                for _ in 0..<500 where deliveries.count < 3 {
                    deliveries = endpoint.requests.filter { $0.path.hasSuffix("/hooks") }
                    try await Task.sleep(for: .milliseconds(10))
                }
                try await Task.sleep(for: .milliseconds(100))  // room for a duplicate to arrive, if one were sent
                deliveries = endpoint.requests.filter { $0.path.hasSuffix("/hooks") }
                var kinds: [WebhookEvent.Kind] = []
                for delivery in deliveries {
                    var headers: [String: String] = [:]
                    for field in delivery.headers { headers[field.name.canonicalName] = field.value }
                    kinds.append(try Webhooks(secret: secret).unwrap(payload: delivery.body, headers: headers).kind)
                }
                let announced = kinds.compactMap { kind -> String? in
                    switch kind {
                    case .batchCompleted(let id): "completed " + id
                    case .batchCancelled(let id): "cancelled " + id
                    case .batchExpired(let id): "expired " + id
                    default: nil
                    }
                }
                #expect(
                    announced.sorted()
                        == ["cancelled " + cancelled.id, "completed " + completed.id, "expired " + expired.id].sorted())
            }
        }
    }
}

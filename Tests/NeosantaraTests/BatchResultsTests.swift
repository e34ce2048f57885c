import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Typed batch results over loopback: a batch written with `BatchInputWriter`, run on the test server, and its
/// output and error files read back as responses and as the errors live calls would throw.
@Suite("Batch results")
struct BatchResultsTests {
    static var manual: NeosantaraTestServer.Configuration {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.batchProgression = .manual
        configuration.batchRequestsPerStep = 1
        return configuration
    }

    /// Writes `requests`, uploads them and creates a batch for `endpoint`.
    static func start(
        _ requests: [BatchRequest], endpoint: BatchEndpoint, client: NeosantaraClient, folder: URL
    ) async throws -> Batch {
        let input = try BatchInputWriter.write(requests, to: folder.appendingPathComponent("input.jsonl"))
        let file = try await client.files.upload(input.url, purpose: .batch)
        return try await client.batches.create(inputFileID: file.id, endpoint: endpoint).value
    }

    @Test("Successes decode as responses; a failed line's error is the one a live call throws, field for field")
    func chatResults() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer(configuration: Self.manual) { server in
                let client = makeClient(server.baseURL)
                let limited = ScriptedReply.error(
                    status: 429,
                    APIError(message: "Too many requests.", type: "rate_limit_error", code: "itpm_exceeded"))
                server.enqueue(limited, for: .chatCompletions)
                let requests = ["Halo", "Apa kabar?"].enumerated().map { index, text in
                    BatchRequest(
                        customID: "t-\(index + 1)",
                        body: ChatCompletionsRequest(model: "nusantara-base", messages: [.user(text)]))
                }
                let batch = try await Self.start(requests, endpoint: .chatCompletions, client: client, folder: folder)
                let done = try #require(await server.finishBatch(batch.id))

                var results: [BatchResult<ChatCompletionsResponse>] = []
                for try await result in client.batches.results(of: done, as: ChatCompletionsResponse.self) {
                    results.append(result)
                }
                #expect(results.map(\.customID) == ["t-2", "t-1"])
                #expect(results[0].response?.choices.first?.message.content == "Echo: Apa kabar?")
                #expect(results[0].requestID == "req_\(batch.id)_2")

                server.enqueue(limited, for: .chatCompletions)
                let live = try #require(
                    await expectError {
                        try await client.chat.completions.create(model: "nusantara-base", messages: [.user("Halo")])
                    })
                let failed = try #require(results[1].error)
                #expect(failed.kind == .rateLimited)
                #expect(failed.kind == live.kind)
                #expect(failed.status == live.status)
                #expect(failed.message == live.message)
                #expect(failed.apiError == live.apiError)
                #expect(failed.parameter == live.parameter)
                #expect(failed.requestID == "req_\(batch.id)_1")
            }
        }
    }

    @Test("Embeddings results read from a downloaded file; requests left by an expired batch were not run")
    func embeddingsFromFileAndExpiry() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer(configuration: Self.manual) { server in
                let client = makeClient(server.baseURL)
                let requests = ["satu", "dua", "tiga"].map { text in
                    BatchRequest(
                        customID: text, body: EmbeddingsRequest(model: "nusa-embeddings-0001", input: .single(text)))
                }
                let batch = try await Self.start(requests, endpoint: .embeddings, client: client, folder: folder)
                await server.advanceBatch(batch.id)
                await server.advanceBatch(batch.id)
                let expired = try #require(server.expireBatch(batch.id))

                let output = folder.appendingPathComponent("output.jsonl")
                try await client.files.download(try #require(expired.outputFileID), to: output)
                var fromFile: [BatchResult<EmbeddingsResponse>] = []
                for try await result in BatchResults(contentsOf: output, as: EmbeddingsResponse.self) {
                    fromFile.append(result)
                }
                #expect(fromFile.map(\.customID) == ["satu"])
                #expect(fromFile[0].response?.data.first?.embedding.count == 16)

                var all: [BatchResult<EmbeddingsResponse>] = []
                for try await result in client.batches.results(of: expired, as: EmbeddingsResponse.self) {
                    all.append(result)
                }
                #expect(all.map(\.customID) == ["satu", "dua", "tiga"])
                #expect(all.first == fromFile.first)
                #expect(all[1].error?.kind == .batchRequestNotRun)
                #expect(all[1].error?.apiError?.code == "batch_expired")
                #expect(all[1].error?.message.hasPrefix("the batch did not run `dua`") == true)
            }
        }
    }

    @Test("A results file is read in chunks; a line that is not a result throws naming the file and line")
    func badLinesAndChunks() async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("results.jsonl")
            let line =
                #"{"id":"r","custom_id":"c-ID","response":{"status_code":200,"request_id":"q","body":"#
                + completionJSON + #"},"error":null}"#
            // Enough lines to span several 64 KiB reads, CRLF endings, and no newline after the last.
            let count = 1_000
            let text = (1...count).map { line.replacingOccurrences(of: "c-ID", with: "c-\($0)") }
                .joined(separator: "\r\n")
            try Data(text.utf8).write(to: url)
            var ids: [String] = []
            for try await result in BatchResults(contentsOf: url, as: ChatCompletionsResponse.self) {
                #expect(result.response?.id == "chatcmpl-1")
                ids.append(result.customID)
            }
            #expect(ids == (1...count).map { "c-\($0)" })
            #expect(try Data(contentsOf: url).count > 3 * 64 * 1024)

            try Data((line.replacingOccurrences(of: "c-ID", with: "c-1") + "\n\nnot json\n").utf8).write(to: url)
            var read = 0
            let error = try #require(
                await expectError {
                    for try await _ in BatchResults(contentsOf: url, as: ChatCompletionsResponse.self) { read += 1 }
                })
            #expect(read == 1)
            #expect(error.kind == .decoding)
            #expect(error.message.hasPrefix("line 3 of \(url.path) is not a batch result"))

            let missing = try #require(
                await expectError {
                    for try await _ in BatchResults(
                        contentsOf: folder.appendingPathComponent("none.jsonl"), as: ChatCompletionsResponse.self)
                    {}
                })
            #expect(missing.message.contains("does not exist"))
        }
    }
}

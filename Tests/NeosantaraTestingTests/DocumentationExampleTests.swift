import Foundation
import Neosantara
import NeosantaraTesting
import Testing

/// The tests of the documentation's examples (Documentation.docc/TestingYourCode.md and TestingBatches.md), word
/// for word. The
/// README's example is tested by `ReadmeExampleTests` in NeosantaraTests.
@Suite("The documentation's examples")
struct DocumentationExampleTests {
    @Test func summarizesWithTheTicketLast() async throws {
        try await NeosantaraTestServer.withServer { server in
            let summarizer = TicketSummarizer(client: NeosantaraClient(apiKey: "nsk_test", baseURL: server.baseURL))

            let summary = try await summarizer.summarize("Printer di lantai 3 rusak.")

            #expect(summary == "Echo: Printer di lantai 3 rusak.")
            let sent = try server.requests[0].decodeBody(as: ChatCompletionsRequest.self)
            #expect(sent.model == "nusantara-base")
            #expect(sent.temperature == 0.2)
            #expect(sent.messages.map(\.role) == [.system, .user])
        }
    }

    @Test func returnsNilForATicketTooLong() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .error(
                    status: 400,
                    APIError(
                        message: "Model context length exceeded.",
                        type: .invalidRequest, code: .contextLengthExceeded)),
                for: .chatCompletions)
            let summarizer = TicketSummarizer(client: NeosantaraClient(apiKey: "nsk_test", baseURL: server.baseURL))

            let summary = try await summarizer.summarize(String(repeating: "panjang ", count: 10_000))
            #expect(summary == nil)
        }
    }

    @Test func sendsTheKey() async throws {
        let configuration = NeosantaraTestServer.Configuration(expectedAPIKey: "nsk_right")
        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let wrong = TicketSummarizer(client: NeosantaraClient(apiKey: "nsk_wrong", baseURL: server.baseURL))
            await #expect(throws: NeosantaraError.self) { try await wrong.summarize("Halo") }

            let right = TicketSummarizer(client: NeosantaraClient(apiKey: "nsk_right", baseURL: server.baseURL))
            let summary = try await right.summarize("Halo")
            #expect(summary == "Echo: Halo")
        }
    }

    @Test func runsABatchOnTheTestSchedule() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.batchProgression = .manual
        configuration.batchRequestsPerStep = 1  // watch request_counts grow one request at a time

        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let client = NeosantaraClient(apiKey: "nsk_test", baseURL: server.baseURL)
            let lines = [
                #"{"custom_id":"t-1","method":"POST","url":"/v1/chat/completions","body":{"model":"nusantara-base","messages":[{"role":"user","content":"Halo"}]}}"#,
                #"{"custom_id":"t-2","method":"POST","url":"/v1/chat/completions","body":{"model":"nusantara-base","messages":[{"role":"user","content":"Apa kabar?"}]}}"#,
            ]
            let input = try await client.files.upload(
                Data(lines.joined(separator: "\n").utf8), filename: "tickets.jsonl", purpose: .batch)
            // The first request fails, as a live call would.
            server.enqueue(.error(status: 429, APIError(message: "slow down")), for: .chatCompletions)

            let batch = try await client.batches.create(inputFileID: input.id, endpoint: .chatCompletions)
            await server.advanceBatch(batch.id)  // validating → in_progress
            await server.advanceBatch(batch.id)  // t-1 ran: 1 failed
            let done = try #require(await server.finishBatch(batch.id))
            #expect(done.status == .completed)
            #expect(done.requestCounts == BatchRequestCounts(total: 2, completed: 1, failed: 1))
            #expect(done.outputFileID != nil && done.errorFileID != nil)
        }
    }
}

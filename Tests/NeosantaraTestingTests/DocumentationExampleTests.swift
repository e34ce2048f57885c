import Neosantara
import NeosantaraTesting
import Testing

/// The tests of the documentation's example (Documentation.docc/TestingYourCode.md), word for word. The
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
}

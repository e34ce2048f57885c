import Foundation
import NIOConcurrencyHelpers
import NeosantaraTesting
import Testing

@testable import Neosantara

/// `client.responses` over loopback against the test server: create, conversations, stored responses,
/// background responses and function calls.
@Suite("Responses")
struct ResponsesTests {
    @Test("create sends the input and returns typed output whose outputText joins the text")
    func create() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let response = try await client.responses.create(
                model: "nusantara-base", input: "Tulis pantun tentang kopi", instructions: "Jawab singkat.")
            #expect(response.value.status == .completed)
            #expect(response.outputText == "Echo: Tulis pantun tentang kopi")
            #expect(response.id.hasPrefix("resp_"))
            #expect(response.usage?.outputTokens == 5)
            #expect(response.instructions == "Jawab singkat.")
            let body = try JSONDecoder().decode(JSONValue.self, from: server.requests[0].body)
            #expect(body["input"] == "Tulis pantun tentang kopi")
            #expect(body["instructions"] == "Jawab singkat.")
            #expect(server.requests[0].route == .createResponse)
        }
    }

    @Test("previous_response_id continues a stored conversation; an unknown one is a 404")
    func conversation() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let first = try await client.responses.create(model: "nusantara-base", input: "Tulis pantun tentang kopi")
            let next = try await client.responses.create(
                model: "nusantara-base", input: "Lagi!", previousResponseID: first.id)
            #expect(next.previousResponseID == first.id)
            #expect(next.outputText == "Echo: Lagi!")
            // The whole conversation counts as input: the first turn's input and output, then "Lagi!".
            #expect(next.usage?.inputTokens == (first.usage?.totalTokens ?? 0) + 1)
            let error = await expectError {
                try await client.responses.create(model: "nusantara-base", input: "x", previousResponseID: "resp_nope")
            }
            #expect(error?.kind == .notFound)
            #expect(error?.apiError?.param == "previous_response_id")
        }
    }

    @Test("A stored response retrieves, lists its input items page by page, and deletes; then it is a clear 404")
    func storedResponses() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let input: ResponseInput = .items([
                .message(.developer("Jawab singkat.")), .message(.user("Halo")), .message(.user("Apa kabar?")),
            ])
            let created = try await client.responses.create(ResponsesRequest(model: "nusantara-base", input: input))
            let retrieved = try await client.responses.retrieve(created.id)
            #expect(retrieved.value == created.value)
            var items: [ResponseItem] = []
            for try await item in client.responses.listInputItems(created.id, limit: 2, order: "asc") {
                items.append(item)
            }
            #expect(items.map(\.item) == input.items)
            #expect(server.requests.filter { $0.route == .listResponseInputItems }.count == 2)
            let deletion = try await client.responses.delete(created.id)
            #expect(deletion.value == ResponseDeletion(id: created.id, deleted: true))
            #expect(server.storedResponses.isEmpty)
            let error = await expectError { try await client.responses.retrieve(created.id) }
            #expect(error?.kind == .notFound)
            #expect(error?.message.contains("no stored response `\(created.id)`") == true)
            let empty = await expectError { try await client.responses.retrieve("") }
            #expect(empty?.kind == .invalidRequest)
        }
    }

    @Test("store: false keeps the response off the server")
    func unstored() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var request = ResponsesRequest(model: "nusantara-base", input: "Halo")
            request.store = false
            let response = try await client.responses.create(request)
            #expect(server.storedResponses.isEmpty)
            #expect(await expectError { try await client.responses.retrieve(response.id) }?.kind == .notFound)
        }
    }

    @Test("A background response is queued, and wait() polls it on the client's clock until it completes")
    func background() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.backgroundSchedule = .init(fetchesWhileQueued: 1, fetchesWhileInProgress: 2)
        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let clock = TestClock()
            var client = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: server.baseURL)
            client.clock = clock
            let responses = NeosantaraClient(configuration: client).responses
            let queued = try await responses.create(model: "nusantara-base", input: "Laporan panjang", background: true)
            #expect(queued.value.status == .queued)
            #expect(queued.output.isEmpty)
            let seen = NIOLockedValueBox<[ResponseStatus?]>([])
            let done = try await responses.wait(
                queued.id, polling: PollingOptions(initialInterval: .seconds(1), multiplier: 2)
            ) {
                response in seen.withLockedValue { $0.append(response.status) }
            }
            #expect(seen.withLockedValue { $0 } == [.queued, .inProgress, .inProgress, .completed])
            #expect(done.outputText == "Echo: Laporan panjang")
            #expect(clock.sleeps == [.seconds(1), .seconds(2), .seconds(4)])
        }
    }

    @Test("A background response can be cancelled before it finishes; a foreground one cannot")
    func cancel() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let queued = try await client.responses.create(model: "nusantara-base", input: "Lama", background: true)
            let cancelled = try await client.responses.cancel(queued.id)
            #expect(cancelled.value.status == .cancelled)
            #expect(try await client.responses.retrieve(queued.id).value.status == .cancelled)
            let finished = try await client.responses.wait(queued.id)
            #expect(finished.value.status == .cancelled)
            let foreground = try await client.responses.create(model: "nusantara-base", input: "Cepat")
            let error = await expectError { try await client.responses.cancel(foreground.id) }
            #expect(error?.kind == .badRequest)
        }
    }

    @Test("A request with function tools gets a function call; its output sent back gets the answer")
    func functionCalls() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let weather = ResponseTool.function(
                name: "get_weather",
                parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]])
            let first = try await client.responses.create(
                model: "nusantara-base", input: "Cuaca Bandung?", tools: [weather])
            let call = try #require(first.functionCalls.first)
            #expect(call.name == "get_weather")
            let arguments = try JSONDecoder().decode(JSONValue.self, from: Data(call.arguments.utf8))
            #expect(arguments["city"]?.stringValue != nil)
            let second = try await client.responses.create(
                model: "nusantara-base",
                input: .items([.functionCall(call), .functionCallOutput(callID: call.callID, output: "Cerah, 24°C")]),
                previousResponseID: first.id, tools: [weather])
            #expect(second.functionCalls.isEmpty)
            #expect(second.outputText == "Echo: Cerah, 24°C")
        }
    }

    @Test("max_output_tokens cuts the answer short with status incomplete; reasoning adds a summarised item")
    func incompleteAndReasoning() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var request = ResponsesRequest(model: "nusantara-base", input: "satu dua tiga empat", maxOutputTokens: 2)
            let cut = try await client.responses.create(request)
            #expect(cut.value.status == .incomplete)
            #expect(cut.incompleteDetails?.reason == "max_output_tokens")
            #expect(cut.outputText == "Echo: satu")
            request.maxOutputTokens = nil
            request.reasoning = ResponseReasoningOptions(effort: .low, summary: .auto)
            let reasoned = try await client.responses.create(request)
            guard case .reasoning(let reasoning) = reasoned.output.first else {
                Issue.record("expected a reasoning item first: \(reasoned.output)")
                return
            }
            #expect(reasoning.summaryText == "Reasoning about: satu dua tiga empat")
            #expect(reasoned.usage?.reasoningTokens == 6)
        }
    }

    @Test(
        "Invalid requests fail before anything is sent",
        arguments: [
            ResponsesRequest(model: "", input: "x"),
            ResponsesRequest(model: "m"),
            ResponsesRequest(model: "m", input: "x", maxOutputTokens: 0),
            {
                var request = ResponsesRequest(model: "m", input: "x", background: true); request.store = false;
                return request
            }(),
            {
                var request = ResponsesRequest(model: "m", input: "x"); request.temperature = 3; return request
            }(),
        ])
    func invalid(_ request: ResponsesRequest) async throws {
        try await NeosantaraTestServer.withServer { server in
            let error = await expectError { try await makeClient(server.baseURL).responses.create(request) }
            #expect(error?.kind == .invalidRequest)
            #expect(error?.parameter != nil)
            #expect(server.requests.isEmpty)
        }
    }
}

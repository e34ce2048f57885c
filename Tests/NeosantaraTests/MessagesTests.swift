import Foundation
import HTTPTypes
import Logging
import NeosantaraTesting
import Testing

@testable import Neosantara

/// The Anthropic-compatible Messages API over loopback against the test server.
@Suite("Messages")
struct MessagesTests {
    static let weatherTool = MessageTool.custom(
        CustomTool(
            name: "get_weather", description: "Cuaca sebuah kota",
            inputSchema: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]))

    @Test("create sends the key three ways and anthropic-version to /anthropic/v1/messages, and decodes the message")
    func create() async throws {
        try await NeosantaraTestServer.withServer(configuration: .init(expectedAPIKey: APIKey(testAPIKey))) { server in
            let client = makeClient(server.baseURL)
            let message = try await client.anthropic.messages.create(
                model: "claude-sonnet-4-6", maxTokens: 100, messages: [.user("Halo dunia")], system: "Jawab singkat.")
            #expect(message.text == "Echo: Halo dunia")
            #expect(message.stopReason == .endTurn)
            #expect(message.role == .assistant)
            #expect(message.usage.inputTokens == 4)
            #expect(message.usage.outputTokens == 3)
            let request = try #require(server.requests.first)
            #expect(request.path == "/anthropic/v1/messages")
            #expect(request.headers[HTTPField.Name("x-api-key")!] == testAPIKey)
            #expect(request.headers[.authorization] == "Bearer \(testAPIKey)")
            #expect(request.headers[HTTPField.Name("anthropic-version")!] == "2023-06-01")
            let body = try JSONDecoder().decode(JSONValue.self, from: request.body)
            #expect(body["max_tokens"] == 100)
            #expect(body["system"] == "Jawab singkat.")
            #expect(body["stream"] == nil)
        }
    }

    @Test("The Anthropic base URL defaults to the base's origin and can be set on its own")
    func baseURL() async throws {
        var configuration = NeosantaraClient.Configuration(
            apiKey: APIKey(testAPIKey), baseURL: URL(string: "https://gateway.example:8443/v1/")!)
        #expect(configuration.effectiveAnthropicBaseURL.absoluteString == "https://gateway.example:8443/anthropic/v1")
        try await NeosantaraTestServer.withServer { server in
            configuration.anthropicBaseURL = server.baseURL.deletingLastPathComponent()
                .appendingPathComponent("anthropic/v1")
            configuration.anthropicVersion = "2024-01-01"
            let client = NeosantaraClient(configuration: configuration)
            _ = try await client.anthropic.messages.countTokens(model: "m", messages: [.user("satu dua tiga")])
            #expect(server.requests.first?.headers[HTTPField.Name("anthropic-version")!] == "2024-01-01")
            #expect(client.configuration.baseURL.host == "gateway.example", "the chat base is untouched")
        }
    }

    @Test("A header of the caller's replaces anthropic-version, but never the key")
    func versionHeaderOverride() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(
                server.baseURL,
                headers: [HTTPField.Name("anthropic-version")!: "2099-01-01", HTTPField.Name("x-api-key")!: "other"])
            _ = try await client.anthropic.messages.create(model: "m", maxTokens: 5, messages: [.user("hi")])
            let request = try #require(server.requests.first)
            #expect(request.headers[HTTPField.Name("anthropic-version")!] == "2099-01-01")
            #expect(request.headers[HTTPField.Name("x-api-key")!] == testAPIKey)
        }
    }

    @Test("A request with tools gets a tool_use block whose input follows the schema")
    func toolUse() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var request = MessagesRequest(
                model: "m", maxTokens: 200, messages: [.user("Cuaca Bandung?")], tools: [Self.weatherTool])
            request.toolChoice = .tool("get_weather")
            let message = try await client.anthropic.messages.create(request)
            #expect(message.stopReason == .toolUse)
            let call = try #require(message.toolUses.first)
            #expect(call.name == "get_weather")
            #expect(call.input["city"]?.stringValue != nil)

            request.messages += [
                message.asParam, .user([.toolResult(ToolResultBlock(toolUseID: call.id, content: "22°C"))]),
            ]
            let answer = try await client.anthropic.messages.create(request)
            #expect(answer.toolUses.isEmpty, "a tool result is answered with text")
            #expect(answer.stopReason == .endTurn)
        }
    }

    @Test("count_tokens sends the prompt without max_tokens and returns input_tokens")
    func countTokens() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let count = try await client.anthropic.messages.countTokens(
                MessagesRequest(model: "m", maxTokens: 50, messages: [.user("satu dua tiga")], system: "empat"))
            #expect(count.inputTokens == 4)
            let request = try #require(server.requests.first)
            #expect(request.path == "/anthropic/v1/messages/count_tokens")
            let body = try JSONDecoder().decode(JSONValue.self, from: request.body)
            #expect(body["max_tokens"] == nil)
            #expect(body["system"] == "empat")
        }
    }

    @Test("models.list pages with after_id and limit, before_id pages backward, and retrieve finds one")
    func models() async throws {
        let models = (1...5).map { Model(id: "model-\($0)", created: 1_700_000_000 + $0, maxTokens: 8192) }
        try await NeosantaraTestServer.withServer(configuration: .init(models: models)) { server in
            let client = makeClient(server.baseURL)
            var ids: [String] = []
            for try await model in client.anthropic.models.list(limit: 2) {
                ids.append(model.id)
            }
            #expect(ids == models.map(\.id))
            #expect(
                server.requests.map(\.target) == [
                    "/anthropic/v1/models?limit=2", "/anthropic/v1/models?after_id=model-2&limit=2",
                    "/anthropic/v1/models?after_id=model-4&limit=2",
                ])

            var backward: [String] = []
            for try await model in client.anthropic.models.list(limit: 2, beforeID: "model-5") {
                backward.append(model.id)
            }
            #expect(Set(backward) == Set(models.map(\.id).dropLast()))

            let model = try await client.anthropic.models.retrieve("model-3")
            #expect(model.value.contextWindow == 8192)
            #expect(model.value.type == "model")
            let missing = await expectError { try await client.anthropic.models.retrieve("nope") }
            #expect(missing?.kind == .notFound)
        }
    }

    @Test("Both cursors are refused before anything is sent")
    func bothCursors() async throws {
        try await NeosantaraTestServer.withServer { server in
            let listing = makeClient(server.baseURL).anthropic.models.list(afterID: "a", beforeID: "b")
            let error = await expectError { try await listing.first { _ in true } }
            #expect(error?.parameter == "before_id")
            #expect(server.requests.isEmpty)
        }
    }

    @Test("Errors in Anthropic's shape become NeosantaraError with the same kinds and retry-after")
    func anthropicErrors() async throws {
        try await NeosantaraTestServer.withServer(configuration: .init(expectedAPIKey: APIKey(testAPIKey))) { server in
            let unauthorized = await expectError {
                try await makeClient(server.baseURL, apiKey: APIKey("nsk_wrong_key_123456")).anthropic.messages.create(
                    model: "m", maxTokens: 5, messages: [.user("hi")])
            }
            #expect(unauthorized?.kind == .authentication)
            #expect(unauthorized?.apiError?.type?.rawValue == "authentication_error")
            #expect(
                unauthorized.map { String(data: $0.body ?? Data(), encoding: .utf8) ?? "" }?.contains(
                    #""type":"error""#) == true)

            let sleeps = SleepRecorder()
            server.enqueue(.rateLimited(retryAfter: 3), for: .anthropicMessages)
            let client = makeClient(server.baseURL, retry: .default, sleep: sleeps.sleep)
            let message = try await client.anthropic.messages.create(model: "m", maxTokens: 5, messages: [.user("hi")])
            #expect(message.text == "Echo: hi")
            #expect(sleeps.delays == [.seconds(3)])

            let invalid = await expectError {
                try await makeClient(server.baseURL).anthropic.messages.countTokens(
                    MessagesRequest(
                        model: "m", maxTokens: 1, messages: [.user("hi")], thinking: .enabled(budgetTokens: 10)))
            }
            #expect(invalid?.parameter == "thinking.budget_tokens")
            #expect(server.requests.count == 3, "an invalid request is not sent")
        }
    }

    @Test("The key appears in no error or log, though it travels in x-api-key")
    func keyRedacted() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .rawJSON(
                    #"{"type":"error","error":{"type":"api_error","message":"bad key \#(testAPIKey)"}}"#, status: 500),
                for: .anthropicMessages)
            let error = await expectError {
                try await makeClient(server.baseURL).anthropic.messages.create(
                    model: "m", maxTokens: 5, messages: [.user("hi")])
            }
            #expect(error?.kind == .serverError)
            #expect(error.map { "\($0)" }?.contains(testAPIKey) == false)
            #expect(error?.apiError?.message.contains(testAPIKey) == false)
            #expect(
                Redactor(apiKey: APIKey(testAPIKey)).metadata(for: [HTTPField.Name("x-api-key")!: testAPIKey])
                    .description.contains(testAPIKey) == false)
        }
    }
}

/// Structured output through a forced tool call.
@Suite("Messages parse")
struct MessagesParseTests {
    struct Weather: Codable, Sendable, Equatable {
        var city: String
        var celsius: Double
    }

    @Test("parse forces a call of a tool with the type's schema and decodes its input")
    func parse() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let parsed = try await client.anthropic.messages.parse(
                MessagesRequest(model: "m", maxTokens: 200, messages: [.user("Cuaca di Jakarta?")]), as: Weather.self)
            #expect(parsed.response.stopReason == .toolUse)
            #expect(!parsed.value.city.isEmpty)
            let body = try JSONDecoder().decode(JSONValue.self, from: try #require(server.requests.first).body)
            let toolName = try #require(body["tools"]?[0]?["name"]?.stringValue)
            #expect(body["tool_choice"] == ["type": "tool", "name": .string(toolName)])
            #expect(body["tools"]?[0]?["input_schema"]?["required"] == ["city", "celsius"])
        }
    }

    @Test("An answer without the call, or with an input that does not decode, is invalidOutput with the output")
    func invalid() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let request = MessagesRequest(model: "m", maxTokens: 200, messages: [.user("x")])
            server.enqueue(
                .message(
                    Message(
                        id: "msg_1", content: ["Saya tidak tahu."], model: "m", stopReason: .endTurn,
                        usage: .init(inputTokens: 1, outputTokens: 3))),
                for: .anthropicMessages)
            let noCall = await expectError { try await client.anthropic.messages.parse(request, as: Weather.self) }
            #expect(noCall?.kind == .invalidOutput)
            #expect(noCall?.modelOutput == "Saya tidak tahu.")

            server.enqueue(
                .respond { recorded in
                    let body = try JSONDecoder().decode(JSONValue.self, from: recorded.body)
                    let name = body["tools"]?[0]?["name"]?.stringValue ?? ""
                    return .message(
                        Message(
                            id: "msg_2", content: [.toolUse(ToolUseBlock(id: "t", name: name, input: ["city": 1]))],
                            model: "m", stopReason: .toolUse, usage: .init(inputTokens: 1, outputTokens: 3)))
                }, for: .anthropicMessages)
            let wrong = await expectError { try await client.anthropic.messages.parse(request, as: Weather.self) }
            #expect(wrong?.kind == .invalidOutput)
            #expect(wrong?.codingPath == "city")
        }
    }
}

/// The Toolbox tool runner on the Messages API.
@Suite("Messages tool runner")
struct MessagesToolRunTests {
    struct CityQuery: Codable, Sendable {
        var city: String
    }

    @Test("runTools calls the Swift function for a tool_use and answers with a tool_result, then ends")
    func run() async throws {
        let tools = Toolbox {
            FunctionTool("get_weather", description: "Cuaca") { (query: CityQuery) in "Cerah di \(query.city)" }
        }
        try await NeosantaraTestServer.withServer { server in
            let run = try await makeClient(server.baseURL).anthropic.messages.runTools(
                MessagesRequest(model: "m", maxTokens: 200, messages: [.user("Cuaca di Bandung?")]), tools: tools)
            #expect(run.stopReason == .answered)
            #expect(run.responses.count == 2)
            #expect(run.messages.count == 4)
            let results = run.messages[2].content.blocks
            guard case .toolResult(let result) = results.first else {
                Issue.record("the third message is not a tool result: \(results)")
                return
            }
            #expect(result.toolUseID == run.responses[0].value.toolUses.first?.id)
            #expect(result.content?.text.hasPrefix("Cerah di ") == true)
            #expect(run.text?.hasPrefix("Echo: ") == true)
            let first = try JSONDecoder().decode(JSONValue.self, from: try #require(server.requests.first).body)
            #expect(first["tools"]?[0]?["input_schema"]?["properties"]?["city"] != nil)
        }
    }
}

import Foundation
import NIOConcurrencyHelpers
import Neosantara
import NeosantaraTesting
import Testing

/// Tool runs end to end, against the test server scripted to make tool calls as a model would.
@Suite("Tool calling over loopback")
struct ToolRunTests {
    struct WeatherQuery: Codable, Sendable {
        var city: String
    }

    struct Weather: Codable, Sendable {
        var city: String
        var celsius: Double
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "the weather service is down" }
    }

    static let weatherTool = FunctionTool("get_weather", description: "Current weather in a city") {
        (query: WeatherQuery) in
        Weather(city: query.city, celsius: query.city == "Bandung" ? 22 : 31)
    }

    /// The `tool` messages of the request at `index`, as (tool_call_id, content).
    func toolMessages(_ server: NeosantaraTestServer, request index: Int) -> [(String, String)] {
        let messages = server.requests[index].json?["messages"]?.arrayValue ?? []
        return messages.filter { $0["role"] == "tool" }.map {
            ($0["tool_call_id"]?.stringValue ?? "", $0["content"]?.stringValue ?? "")
        }
    }

    @Test("One tool call: the tool runs, its JSON result goes back, and the model answers")
    func oneCall() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [
                    toolCallCompletion([("call_1", "get_weather", #"{"city":"Bandung"}"#)]),
                    // The model answers from the tool result it was sent.
                    .respond { request in
                        let sent = try request.decodeBody(as: ChatCompletionsRequest.self)
                        let result = try JSONDecoder().decode(
                            Weather.self, from: Data((sent.messages.last?.content?.text ?? "").utf8))
                        return completion(content: "\(result.city) \(Int(result.celsius))°C.")
                    },
                ], for: .chatCompletions)
            let run = try await makeClient(server.baseURL).chat.completions.runTools(
                model: "nusantara-base", messages: [.user("Cuaca Bandung?")], tools: Toolbox { Self.weatherTool })
            #expect(run.content == "Bandung 22°C.")
            #expect(run.stopReason == .answered)
            #expect(run.responses.count == 2)
            #expect(run.messages.map(\.role) == [.user, .assistant, .tool, .assistant])
            #expect(server.requests.count == 2)
            let tool = try #require(server.requests[0].json?["tools"]?[0])
            #expect(tool["type"] == "function")
            #expect(tool["function"]?["name"] == "get_weather")
            #expect(tool["function"]?["parameters"] == (try JSONSchema.derive(from: WeatherQuery.self, strict: false)))
            let results = toolMessages(server, request: 1)
            #expect(results.count == 1)
            #expect(results.first?.0 == "call_1")
            #expect(results.first?.1 == #"{"celsius":22,"city":"Bandung"}"#)
            #expect(server.requests[1].json?["messages"]?[1]?["tool_calls"]?[0]?["id"] == "call_1")
        }
    }

    @Test("Unscripted, the server's model calls the tool with arguments valid for its schema, then answers")
    func defaultModel() async throws {
        try await NeosantaraTestServer.withServer { server in
            let run = try await makeClient(server.baseURL).chat.completions.runTools(
                model: "nusantara-base", messages: [.user("Cuaca?")], tools: Toolbox { Self.weatherTool })
            #expect(run.stopReason == .answered)
            #expect(run.messages.map(\.role) == [.user, .assistant, .tool, .assistant])
            let call = try #require(run.messages[1].toolCalls?.first)
            #expect(call.function.name == "get_weather")
            #expect(call.function.arguments == #"{"city":"example"}"#)
            #expect(toolMessages(server, request: 1).map(\.1) == [#"{"celsius":31,"city":"example"}"#])
            #expect(run.content == #"Echo: {"celsius":31,"city":"example"}"#)
            #expect(server.requests.count == 2)
        }
    }

    /// Counts tools that have started, so that each can wait for the other.
    final class StartedTools: Sendable {
        private let count = NIOLockedValueBox(0)

        func start() { count.withLockedValue { $0 += 1 } }

        /// Whether `expected` tools started within about two seconds.
        func waitFor(_ expected: Int) async -> Bool {
            for _ in 0..<200 {
                if count.withLockedValue({ $0 }) >= expected { return true }
                try? await Task.sleep(for: .milliseconds(10))
            }
            return false
        }
    }

    @Test("Several calls in one turn run concurrently and their results keep the order of the calls")
    func parallelCalls() async throws {
        let started = StartedTools()
        let tools = Toolbox {
            FunctionTool("get_weather") { (query: WeatherQuery) async -> String in
                started.start()
                return await started.waitFor(2) ? "\(query.city): ran alongside the other" : "alone"
            }
        }
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [
                    toolCallCompletion([
                        ("call_a", "get_weather", #"{"city":"Surabaya"}"#),
                        ("call_b", "get_weather", #"{"city":"Solo"}"#),
                    ]),
                    completion(content: "Selesai."),
                ], for: .chatCompletions)
            let run = try await makeClient(server.baseURL).chat.completions.runTools(
                model: "m", messages: [.user("Cuaca?")], tools: tools)
            #expect(run.content == "Selesai.")
            let results = toolMessages(server, request: 1)
            #expect(results.map(\.0) == ["call_a", "call_b"])
            #expect(results.map(\.1) == ["Surabaya: ran alongside the other", "Solo: ran alongside the other"])
        }
    }

    @Test("Bad arguments, an unknown tool and a tool that throws go back to the model as text")
    func errorsGoBackToTheModel() async throws {
        let tools = Toolbox {
            Self.weatherTool
            FunctionTool("always_fails") { (_: WeatherQuery) async throws -> String in throw Failure() }
        }
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                [
                    toolCallCompletion([
                        ("c1", "get_weather", #"{"town":"Bogor"}"#),
                        ("c2", "get_weather", "not json"),
                        ("c3", "book_flight", "{}"),
                        ("c4", "always_fails", #"{"city":"Bogor"}"#),
                    ]),
                    completion(content: "Maaf."),
                ], for: .chatCompletions)
            let run = try await makeClient(server.baseURL).chat.completions.runTools(
                model: "m", messages: [.user("x")], tools: tools)
            #expect(run.content == "Maaf.")
            let results = toolMessages(server, request: 1).map(\.1)
            #expect(results.count == 4)
            #expect(results[0].hasPrefix("Error: the arguments for `get_weather` are not valid"))
            #expect(results[0].contains("city"))
            #expect(results[1].hasPrefix("Error: the arguments for `get_weather` are not valid"))
            #expect(
                results[2]
                    == "Error: there is no tool named `book_flight`. Available tools: `get_weather`, `always_fails`.")
            #expect(results[3] == "Error: `always_fails` failed: the weather service is down")
        }
    }

    @Test("A model that keeps calling tools stops after maxRounds, with the conversation kept")
    func maxRounds() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                Array(repeating: toolCallCompletion([("c", "get_weather", #"{"city":"Ambon"}"#)]), count: 3),
                for: .chatCompletions)
            let run = try await makeClient(server.baseURL).chat.completions.runTools(
                model: "m", messages: [.user("x")], tools: Toolbox { Self.weatherTool }, maxRounds: 3)
            #expect(server.requests.count == 3)
            #expect(run.stopReason == .maxRoundsReached)
            #expect(run.content == nil)
            #expect(run.messages.filter { $0.role == .tool }.count == 3)
            let error = await expectError {
                try await makeClient(server.baseURL).chat.completions.runTools(
                    model: "m", messages: [.user("x")], tools: Toolbox { Self.weatherTool }, maxRounds: 0)
            }
            #expect(error?.kind == .invalidRequest)
            #expect(error?.parameter == "maxRounds")
        }
    }

    @Test("Cancelling the task stops a running tool and the run at once")
    func cancellation() async throws {
        let tools = Toolbox {
            FunctionTool("slow") { (_: WeatherQuery) async throws -> String in
                try await Task.sleep(for: .seconds(30))
                return "done"
            }
        }
        let started = StartedTools()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(
                .respond { _ in
                    started.start()
                    return toolCallCompletion([("c", "slow", #"{"city":"x"}"#)])
                }, for: .chatCompletions)
            let client = makeClient(server.baseURL)
            let task = Task {
                try await client.chat.completions.runTools(model: "m", messages: [.user("x")], tools: tools)
            }
            #expect(await started.waitFor(1))
            try await Task.sleep(for: .milliseconds(50))
            task.cancel()
            let clock = ContinuousClock()
            let start = clock.now
            let error = await expectError { try await task.value }
            #expect(error?.kind == .cancelled)
            #expect(clock.now - start < .seconds(5))
        }
    }

    @Test("Two tools with one name are rejected before anything is sent")
    func duplicateNames() async throws {
        try await NeosantaraTestServer.withServer { server in
            let error = await expectError {
                try await makeClient(server.baseURL).chat.completions.runTools(
                    model: "m", messages: [.user("x")],
                    tools: Toolbox {
                        Self.weatherTool; Self.weatherTool
                    })
            }
            #expect(error?.kind == .invalidRequest)
            #expect(server.requests.isEmpty)
        }
    }
}

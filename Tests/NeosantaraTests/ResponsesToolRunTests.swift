import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// `client.responses.runTools` over loopback: function calls run, their outputs go back as
/// `function_call_output`, until the model answers.
@Suite("Responses tool runs")
struct ResponsesToolRunTests {
    @Test("A call runs, its output continues the stored response, and the model's answer ends the run")
    func storedConversation() async throws {
        try await NeosantaraTestServer.withServer { server in
            let run = try await makeClient(server.baseURL).responses.runTools(
                ResponsesRequest(model: "nusantara-base", input: "Cuaca?"), tools: Toolbox { ToolRunTests.weatherTool })
            #expect(run.stopReason == .answered)
            #expect(run.responses.count == 2)
            #expect(run.outputText == #"Echo: {"celsius":31,"city":"example"}"#)
            let first = try #require(server.requests.first?.json)
            #expect(first["tools"]?[0]?["type"] == "function" && first["tools"]?[0]?["name"] == "get_weather")
            let second = try #require(server.requests.last?.json)
            #expect(second["previous_response_id"]?.stringValue == run.responses[0].id)
            #expect(second["input"]?[0]?["type"] == "function_call_output")
            #expect(second["input"]?[0]?["call_id"]?.stringValue == run.responses[0].value.functionCalls.first?.callID)
        }
    }

    @Test("With store: false the whole conversation is sent each round; maxRounds stops a run that never answers")
    func unstoredAndMaxRounds() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var request = ResponsesRequest(model: "nusantara-base", input: "Cuaca?")
            request.store = false
            let run = try await client.responses.runTools(request, tools: Toolbox { ToolRunTests.weatherTool })
            #expect(run.stopReason == .answered)
            let second = try #require(server.requests.last?.json)
            #expect(second["previous_response_id"] == nil)
            #expect(
                second["input"]?.arrayValue?.compactMap { $0["type"]?.stringValue } == [
                    "message", "function_call", "function_call_output",
                ])
            let call = Response(
                id: "r", status: .completed,
                output: [.functionCall(.init(callID: "c1", name: "get_weather", arguments: #"{"city":"Bandung"}"#))])
            server.enqueue([.json(call), .json(call)], for: .createResponse)
            let stopped = try await client.responses.runTools(
                ResponsesRequest(model: "m", input: "x"), tools: Toolbox { ToolRunTests.weatherTool }, maxRounds: 2)
            #expect(stopped.stopReason == .maxRoundsReached)
            #expect(
                stopped.outputs == [
                    .functionCallOutput(callID: "c1", output: #"{"celsius":22,"city":"Bandung"}"#),
                    .functionCallOutput(callID: "c1", output: #"{"celsius":22,"city":"Bandung"}"#),
                ])
        }
    }
}

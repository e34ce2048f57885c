import Foundation
import NIOConcurrencyHelpers
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Streamed tool calling against NeosantaraTesting")
struct ToolRunStreamingTests {
    struct WeatherQuery: Codable, Sendable {
        var city: String
    }

    @Test("Streamed rounds: tool-call deltas are joined, the tool runs, and the answer streams to onChunk")
    func streamedRounds() async throws {
        let calls = NIOLockedValueBox<[String]>([])
        let chunks = NIOLockedValueBox<[ChatCompletionChunk]>([])
        let tools = Toolbox {
            FunctionTool("get_weather", description: "Current weather in a city") { (query: WeatherQuery) in
                calls.withLockedValue { $0.append(query.city) }
                return "Cerah, 31°C"
            }
        }
        let run = try await NeosantaraTestServer.withServer { server in
            let client = NeosantaraClient(
                configuration: .init(apiKey: APIKey("nsk_stream_tools"), baseURL: server.baseURL, retry: .disabled))
            let run = try await client.chat.completions.runTools(
                model: "nusantara-base", messages: [.user("Cuaca di Medan?")], tools: tools,
                onChunk: { chunk in chunks.withLockedValue { $0.append(chunk) } })
            #expect(server.requests.count == 2)
            #expect(server.requests.allSatisfy { $0.json?["stream"] == true })
            return run
        }
        #expect(
            calls.withLockedValue { $0 } == ["example"], "the server calls the tool with a value valid for its schema")
        let streamed = chunks.withLockedValue { $0 }
        let argumentPieces = streamed.compactMap { $0.choices.first?.delta.toolCalls?.first?.function?.arguments }
        #expect(argumentPieces.count > 1, "the arguments arrived in pieces")
        #expect(run.stopReason == .answered)
        #expect(run.messages.map(\.role) == [.user, .assistant, .tool, .assistant])
        #expect(run.messages[1].toolCalls?.first?.function.name == "get_weather")
        #expect(run.messages[1].toolCalls?.first?.function.arguments == argumentPieces.joined())
        #expect(run.messages[2].content?.text == "Cerah, 31°C")
        #expect(run.content == "Echo: Cerah, 31°C")
        let answerText = streamed.compactMap { $0.choices.first?.delta.content }.joined()
        #expect(answerText.hasSuffix("Echo: Cerah, 31°C"))
    }
}

import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Tool calls by default")
struct ToolCallTests {
    static let weather = Tool.function(
        name: "get_weather",
        description: "Cuaca di sebuah kota",
        parameters: [
            "type": "object",
            "properties": [
                "city": ["type": "string", "minLength": 10],
                "unit": ["type": "string", "enum": ["celsius", "fahrenheit"]],
                "days": ["type": "integer", "minimum": 1, "maximum": 7],
                "detailed": ["type": "boolean"],
                "note": ["type": "string"],
            ],
            "required": ["city", "unit", "days", "detailed"],
        ])

    @Test("calls the first function tool with arguments valid for its schema")
    func callsFirstTool() async throws {
        try await NeosantaraTestServer.withServer { server in
            let reply = try await makeClient(server).chat.completions.create(
                ChatCompletionsRequest(
                    model: "nusantara-base", messages: [.user("Cuaca Jakarta?")],
                    tools: [Self.weather, .function(name: "other")]))
            let message = reply.choices[0].message
            #expect(reply.choices[0].finishReason == .toolCalls)
            #expect(message.content == nil)
            let call = try #require(message.toolCalls?.first)
            #expect(message.toolCalls?.count == 1)
            #expect(call.id == "call_test_1_0")
            #expect(call.type == .function)
            #expect(call.function.name == "get_weather")
            let arguments = try JSONDecoder().decode(JSONValue.self, from: Data(call.function.arguments.utf8))
            #expect(
                arguments == ["city": "examplexxx", "unit": "celsius", "days": 1, "detailed": false])
        }
    }

    @Test("calls the function tool_choice names")
    func namedChoice() async throws {
        try await NeosantaraTestServer.withServer { server in
            let reply = try await makeClient(server).chat.completions.create(
                ChatCompletionsRequest(
                    model: "nusantara-base", messages: [.user("Halo")],
                    tools: [Self.weather, .function(name: "other")],
                    toolChoice: .function("other")))
            #expect(reply.choices[0].message.toolCalls?.first?.function.name == "other")
            #expect(reply.choices[0].message.toolCalls?.first?.function.arguments == "{}")
        }
    }

    @Test("answers with text when tool_choice is none or the tools are not functions")
    func noCall() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let none = try await client.chat.completions.create(
                ChatCompletionsRequest(
                    model: "nusantara-base", messages: [.user("Halo")], tools: [Self.weather], toolChoice: .noTools))
            #expect(none.choices[0].message.content == "Echo: Halo")
            #expect(none.choices[0].message.toolCalls == nil)

            let builtIn = try await client.chat.completions.create(
                ChatCompletionsRequest(
                    model: "nusantara-base", messages: [.user("Halo")], tools: [.other(["type": "web_search"])]))
            #expect(builtIn.choices[0].finishReason == .stop)
        }
    }

    @Test("completes an agent loop: tool call, tool result, final answer")
    func agentLoop() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            var request = ChatCompletionsRequest(
                model: "nusantara-base", messages: [.user("Cuaca Jakarta?")], tools: [Self.weather])
            let first = try await client.chat.completions.create(request)
            let call = try #require(first.choices[0].message.toolCalls?.first)
            request.messages.append(ChatMessage(first.choices[0].message))
            request.messages.append(.tool("Cerah, 31°C", toolCallID: call.id))
            let second = try await client.chat.completions.create(request)
            #expect(second.choices[0].message.content == "Echo: Cerah, 31°C")
            #expect(second.choices[0].finishReason == .stop)
        }
    }
}

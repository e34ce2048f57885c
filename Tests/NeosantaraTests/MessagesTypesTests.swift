import Foundation
import Testing

@testable import Neosantara

/// The Messages API's wire types: every field round-trips, unknown blocks and usage fields are kept, and
/// validation refuses what the API refuses before anything is sent.
@Suite("Messages types")
struct MessagesTypesTests {
    static let everyFieldRequest: MessagesRequest = {
        var request = MessagesRequest(
            model: "claude-sonnet-4-6", maxTokens: 2048,
            messages: [
                .user([
                    "Apa ini?",
                    .image(ImageBlock(source: .base64(mediaType: "image/png", data: "iVBORw0K"))),
                    .image(ImageBlock(source: .url("https://example.com/cat.png"), cacheControl: .ephemeral)),
                    .document(
                        DocumentBlock(
                            source: .url("https://example.com/a.pdf"), title: "A", context: "ctx",
                            citations: ["enabled": true])),
                ]),
                .assistant([
                    .thinking(ThinkingBlock(thinking: "hmm", signature: "sig")),
                    .redactedThinking(RedactedThinkingBlock(data: "ENCRYPTED")),
                    .toolUse(ToolUseBlock(id: "toolu_1", name: "get_weather", input: ["city": "Bandung"])),
                    .other(["type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": [:]]),
                ]),
                .user([
                    .toolResult(ToolResultBlock(toolUseID: "toolu_1", content: "22°C", isError: false)),
                    .toolResult(ToolResultBlock(toolUseID: "toolu_2", content: .blocks(["cerah"]))),
                ]),
            ],
            system: .blocks([TextBlock("Jawab singkat.", cacheControl: CacheControl(ttl: "1h"))]),
            temperature: 0.5,
            tools: [
                .custom(
                    CustomTool(
                        name: "get_weather", description: "Cuaca",
                        inputSchema: ["type": "object", "properties": ["city": ["type": "string"]]],
                        cacheControl: .ephemeral)),
                .server(["type": "web_search_20250305", "name": "web_search", "max_uses": 3]),
            ],
            thinking: .enabled(budgetTokens: 1024))
        request.topP = 0.9
        request.topK = 40
        request.stopSequences = ["END"]
        request.stream = false
        request.metadata = ["user_id": "user-1"]
        request.toolChoice = MessageToolChoice(type: .tool, name: "get_weather", disableParallelToolUse: true)
        request.mcpServers = [
            MCPServer(url: "https://mcp.example.com/sse", name: "docs", authorizationToken: "tok", allowedTools: ["a"])
        ]
        request.effort = .high
        request.speed = .fast
        request.contextManagement = ["edits": [["type": "clear_tool_uses_20250919"]]]
        request.outputConfig = ["effort": "high"]
        request.extraBody = ["service_tier": "auto"]
        return request
    }()

    @Test("A request with every field set survives encoding and decoding")
    func requestRoundTrip() throws {
        let request = Self.everyFieldRequest
        let unsetFields = Mirror(reflecting: request).children.filter { String(describing: $0.value) == "nil" }
        #expect(unsetFields.isEmpty, "the request leaves out \(unsetFields.map(\.label))")
        let json = try encodedJSON(request)
        #expect(try decode(MessagesRequest.self, from: json) == request)
        #expect(json["max_tokens"] == 2048)
        #expect(json["thinking"] == ["type": "enabled", "budget_tokens": 1024])
        #expect(json["tool_choice"] == ["type": "tool", "name": "get_weather", "disable_parallel_tool_use": true])
        #expect(
            json["system"]?[0] == [
                "type": "text", "text": "Jawab singkat.", "cache_control": ["type": "ephemeral", "ttl": "1h"],
            ])
        #expect(
            json["messages"]?[0]?["content"]?[1]?["source"] == [
                "type": "base64", "media_type": "image/png", "data": "iVBORw0K",
            ])
        #expect(
            json["messages"]?[1]?["content"]?[3]?["type"] == "server_tool_use", "an unknown block is sent as it was")
        #expect(json["tools"]?[0]?["input_schema"]?["type"] == "object")
        #expect(json["mcp_servers"]?[0]?["type"] == "url")
        #expect(json["service_tier"] == "auto")
        try request.validate()
    }

    @Test("A response keeps unknown blocks and usage fields, and its stop reason is open")
    func responseKeepsUnknowns() throws {
        let json: JSONValue = [
            "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-sonnet-4-6",
            "content": [
                ["type": "text", "text": "Halo", "citations": [["type": "char_location", "cited_text": "x"]]],
                ["type": "web_search_tool_result", "tool_use_id": "srvtoolu_1", "content": []],
                ["type": "tool_use", "id": "toolu_1", "name": "f", "input": ["a": 1]],
            ],
            "stop_reason": "model_context_window_exceeded", "stop_sequence": nil,
            "usage": [
                "input_tokens": 10, "output_tokens": 5, "cache_creation_input_tokens": 3,
                "cache_read_input_tokens": 7, "server_tool_use": ["web_search_requests": 1],
            ],
        ]
        let message = try decode(Message.self, from: json)
        #expect(message.text == "Halo")
        #expect(message.content[1] == .other(json["content"]![1]!))
        #expect(message.toolUses == [ToolUseBlock(id: "toolu_1", name: "f", input: ["a": 1])])
        #expect(message.stopReason?.rawValue == "model_context_window_exceeded")
        #expect(message.usage.cacheReadInputTokens == 7)
        #expect(message.usage.cacheCreationInputTokens == 3)
        #expect(message.usage.other["server_tool_use"] == ["web_search_requests": 1])
        #expect(try encodedJSON(message) == json)
    }

    @Test("Stream events decode by type, and unknown events and deltas are kept")
    func streamEvents() throws {
        let delta = try decode(
            MessageStreamEvent.self,
            from: [
                "type": "content_block_delta", "index": 2,
                "delta": ["type": "input_json_delta", "partial_json": "{\"a"],
            ])
        #expect(delta == .contentBlockDelta(index: 2, delta: .inputJSON("{\"a")))
        let unknown: JSONValue = [
            "type": "content_block_delta", "index": 0, "delta": ["type": "future_delta", "x": 1],
        ]
        #expect(
            try decode(MessageStreamEvent.self, from: unknown)
                == .contentBlockDelta(index: 0, delta: .other(["type": "future_delta", "x": 1])))
        let future: JSONValue = ["type": "message_future", "value": true]
        #expect(try decode(MessageStreamEvent.self, from: future) == .other(type: "message_future", future))
        let end = try decode(
            MessageStreamEvent.self,
            from: [
                "type": "message_delta", "delta": ["stop_reason": "end_turn", "stop_sequence": nil],
                "usage": ["output_tokens": 9],
            ])
        #expect(end == .messageDelta(MessageDelta(stopReason: .endTurn, usage: .init(outputTokens: 9))))
        #expect(try encodedJSON(end)["delta"] == ["stop_reason": "end_turn", "stop_sequence": nil])
    }

    /// A bad request and the parameter its error names.
    struct BadRequest: Sendable, CustomTestStringConvertible {
        var parameter: String
        var change: @Sendable (inout MessagesRequest) -> Void
        var testDescription: String { parameter }
    }

    static let badRequests: [BadRequest] = [
        BadRequest(parameter: "model") { $0.model = " " },
        BadRequest(parameter: "messages") { $0.messages = [] },
        BadRequest(parameter: "messages[0].role") { $0.messages = [MessageParam(role: .system, content: "x")] },
        BadRequest(parameter: "max_tokens") { $0.maxTokens = 0 },
        BadRequest(parameter: "temperature") { $0.temperature = 1.5 },
        BadRequest(parameter: "top_p") { $0.topP = -0.1 },
        BadRequest(parameter: "top_k") { $0.topK = 0 },
        BadRequest(parameter: "thinking.budget_tokens") { $0.thinking = .enabled(budgetTokens: 1023) },
        BadRequest(parameter: "thinking.budget_tokens") { $0.thinking = ThinkingConfiguration(type: .enabled) },
        BadRequest(parameter: "tools[0].name") { $0.tools = [.custom(CustomTool(name: ""))] },
        BadRequest(parameter: "tool_choice.name") { $0.toolChoice = MessageToolChoice(type: .tool) },
        BadRequest(parameter: "mcp_servers[0].name") { $0.mcpServers = [MCPServer(url: "https://x", name: "")] },
    ]

    @Test("Validation refuses a bad request and names the parameter", arguments: badRequests)
    func validation(_ bad: BadRequest) throws {
        var request = MessagesRequest(model: "m", maxTokens: 10, messages: [.user("hi")])
        try request.validate()
        bad.change(&request)
        let error = #expect(throws: NeosantaraError.self) { try request.validate() }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.parameter == bad.parameter)
        #expect(error?.message.hasPrefix("`\(bad.parameter)`") == true)
    }

    @Test("Adaptive and disabled thinking need no budget")
    func thinkingWithoutBudget() throws {
        for thinking in [ThinkingConfiguration.adaptive, .disabled] {
            try MessagesRequest(model: "m", maxTokens: 10, messages: [.user("hi")], thinking: thinking).validate()
            #expect(try encodedJSON(thinking) == ["type": .string(thinking.type.rawValue)])
        }
    }
}

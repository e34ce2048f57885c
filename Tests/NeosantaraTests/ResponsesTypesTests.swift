import Foundation
import Testing

@testable import Neosantara

/// The Responses API's wire types: every field and item type decodes typed, and encodes back to the same JSON.
@Suite("Responses types")
struct ResponsesTypesTests {
    @Test("A response with every output item type decodes typed and encodes back to the same JSON")
    func responseWithEveryItem() throws {
        let json = try Fixtures.json("responses/response_every_item.json")
        let response = try decode(Response.self, from: json)
        #expect(try encodedJSON(response) == json)
        #expect(response.status == .completed)
        #expect(response.outputText == "Kopi pagi, teman setia.")
        #expect(
            response.output.map(\.type) == [
                "reasoning", "web_search_call", "file_search_call", "mcp_list_tools", "mcp_approval_request",
                "mcp_call", "image_generation_call", "code_interpreter_call", "function_call", "message",
                "local_shell_call",
            ])
        guard case .reasoning(let reasoning) = response.output[0], case .message(let message) = response.output[9],
            case .other(let unknown) = response.output[10], case .mcpCall(let mcp) = response.output[5],
            case .codeInterpreterCall(let code) = response.output[7]
        else {
            Issue.record("the items did not decode as their types: \(response.output)")
            return
        }
        #expect(reasoning.summaryText == "Memikirkan kopi.")
        #expect(reasoning.encryptedContent == "gAAA")
        #expect(message.refusal == "Tidak bisa.")
        #expect(unknown["call_id"] == "call_2")
        #expect(mcp.serverLabel == "docs" && mcp.output == "ok")
        #expect(code.containerID == "cntr_1")
        #expect(
            response.functionCalls == [
                ResponseFunctionCall(
                    id: "fc_1", callID: "call_1", name: "get_weather", arguments: #"{"city":"Bandung"}"#,
                    status: .completed)
            ])
        guard case .text(_, let annotations) = message.content[0] else {
            Issue.record("expected output text")
            return
        }
        #expect(
            annotations[0]
                == .urlCitation(url: "https://example.com/kopi", title: "Kopi", startIndex: 0, endIndex: 4))
        #expect(annotations[1] == .fileCitation(fileID: "file-1", filename: "kopi.txt", index: 3))
        #expect(
            annotations[2]
                == .other(["type": "container_file_citation", "container_id": "cntr_1", "file_id": "cfile_1"]))
        #expect(
            response.usage == ResponseUsage(inputTokens: 120, outputTokens: 85, cachedTokens: 20, reasoningTokens: 30))
    }

    @Test("A request with every field decodes typed, keeps unmodelled fields, and encodes back to the same JSON")
    func requestWithEveryField() throws {
        let json = try Fixtures.json("responses/request_every_field.json")
        let request = try decode(ResponsesRequest.self, from: json)
        #expect(try encodedJSON(request) == json)
        #expect(request.extraBody == ["service_tier": "flex", "prompt_cache_key": "kopi"])
        #expect(request.toolChoice == .function("get_weather"))
        #expect(request.reasoning == ResponseReasoningOptions(effort: .high, summary: .auto))
        #expect(request.include == [.reasoningEncryptedContent, .fileSearchResults])
        #expect(request.truncation == .auto)
        #expect(
            request.tools?.map(\.type) == [
                "function", "web_search", "file_search", "mcp", "code_interpreter", "image_generation",
                "computer_use_preview",
            ])
        #expect(request.tools?[2] == .fileSearch(vectorStoreIDs: ["vs_1"], options: ["max_num_results": 5]))
        #expect(
            request.tools?[3]
                == .mcp(
                    serverLabel: "docs", serverURL: "https://example.com/mcp", options: ["require_approval": "never"]))
        guard case .jsonSchema(let format) = request.text?.format else {
            Issue.record("expected a json_schema text format")
            return
        }
        #expect(format.name == "jawaban" && format.strict == true)
        let items = request.input?.items ?? []
        #expect(
            items.map(\.type) == [
                "message", "message", "message", "message", "reasoning", "function_call", "function_call_output",
                "item_reference", "mcp_approval_response",
            ])
        guard case .message(let user) = items[2] else {
            Issue.record("expected the user message")
            return
        }
        #expect(user.role == .user)
        #expect(user.content[1] == .image(url: "https://example.com/kopi.jpg", detail: .low))
        #expect(user.content[3] == .image(fileID: "file-img", detail: .auto))
        #expect(user.content[4] == .file(id: "file-doc"))
        #expect(user.content[5] == .file(.init(fileData: "data:application/pdf;base64,JVBERi0=", filename: "menu.pdf")))
        #expect(items[6] == .functionCallOutput(callID: "call_1", output: #"{"suhu":31}"#))
        #expect(items[7] == .itemReference(id: "msg_earlier"))
    }

    @Test("A string input encodes as a string, and a built request as OpenAI's format")
    func builtRequest() throws {
        var request = ResponsesRequest(model: "nusantara-base", input: "Tulis pantun", previousResponseID: "resp_1")
        request.tools = [.function(name: "f", parameters: ["type": "object"]), .webSearch(), .codeInterpreter()]
        request.toolChoice = .tool("web_search")
        request.text = ResponseTextOptions(format: .jsonObject)
        request.extraBody["store"] = false
        #expect(
            try encodedJSON(request) == [
                "model": "nusantara-base", "input": "Tulis pantun", "previous_response_id": "resp_1", "store": false,
                "tools": [
                    ["type": "function", "name": "f", "parameters": ["type": "object"]], ["type": "web_search"],
                    ["type": "code_interpreter", "container": ["type": "auto"]],
                ],
                "tool_choice": ["type": "web_search"], "text": ["format": ["type": "json_object"]],
            ])
        let items: ResponseInput = .items([.message(.user([.text("a"), .image(url: "u")])), .message(.assistant("b"))])
        #expect(
            try encodedJSON(items) == [
                [
                    "type": "message", "role": "user",
                    "content": [
                        ["type": "input_text", "text": "a"], ["type": "input_image", "image_url": "u"],
                    ],
                ],
                ["type": "message", "role": "assistant", "content": "b"],
            ])
    }

    @Test("Unknown types never fail a decode, and round-trip unchanged")
    func unknownTypes() throws {
        let item: JSONValue = ["type": "future_item", "id": "x", "payload": [1, 2]]
        #expect(try decode(ResponseOutputItem.self, from: item) == .other(item))
        #expect(try decode(ResponseInputItem.self, from: item) == .other(item))
        #expect(try decode(ResponseTool.self, from: item) == .other(item))
        #expect(try encodedJSON(ResponseOutputItem.other(item)) == item)
        let part: JSONValue = ["type": "input_audio", "data": "AAAA"]
        #expect(try decode(ResponseInputContent.self, from: part) == .other(part))
        #expect(try decode(ResponseTextFormat.self, from: ["type": "grammar"]) == .other(["type": "grammar"]))
        #expect(try decode(ResponseToolChoice.self, from: "auto") == .auto)
        #expect(try decode(ResponseStatus.self, from: "paused") == ResponseStatus(rawValue: "paused"))
        #expect(!ResponseStatus(rawValue: "paused").isTerminal && ResponseStatus.cancelled.isTerminal)
    }

    @Test("Usage in chat's names, as the gateway's background-response docs show it, decodes")
    func chatStyleUsage() throws {
        let usage = try decode(
            ResponseUsage.self, from: ["prompt_tokens": 120, "completion_tokens": 850, "total_tokens": 970])
        #expect(usage == ResponseUsage(inputTokens: 120, outputTokens: 850, totalTokens: 970))
    }

    @Test("A stored input item keeps its id beside the item's members")
    func storedItem() throws {
        let json: JSONValue = ["id": "msg_1", "type": "message", "role": "user", "content": "Halo"]
        let item = try decode(ResponseItem.self, from: json)
        #expect(item == ResponseItem(id: "msg_1", item: .message(.user("Halo"))))
        #expect(try encodedJSON(item) == json)
        let unknown: JSONValue = ["id": "x_1", "type": "future"]
        #expect(try encodedJSON(decode(ResponseItem.self, from: unknown)) == unknown)
    }

    @Test("Output items become the input items that send them back")
    func outputAsInput() throws {
        let message = ResponseOutputMessage(id: "msg_1", content: [.text("Hai", annotations: []), .refusal("Tidak")])
        #expect(
            ResponseOutputItem.message(message).asInput
                == .message(.init(role: .assistant, content: [.outputText("Hai"), .refusal("Tidak")])))
        #expect(ResponseOutputItem.webSearchCall(.init(id: "ws_1")).asInput == .itemReference(id: "ws_1"))
    }
}

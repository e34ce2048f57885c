/// An item of a response's output: a message, a reasoning item, a function call, or a call of one of the
/// server's tools.
///
/// ```swift
/// for item in response.output {
///     switch item {
///     case .message(let message): print(message.text)
///     case .functionCall(let call): print("call", call.name, call.arguments)
///     case .reasoning(let reasoning): print("thought:", reasoning.summaryText)
///     default: break
///     }
/// }
/// ```
///
/// An item of a type the SDK does not know decodes as ``other(_:)``, never as an error.
public enum ResponseOutputItem: Hashable, Sendable {
    /// `message`.
    case message(ResponseOutputMessage)
    /// `reasoning`, with its summary.
    case reasoning(ResponseReasoningItem)
    /// `function_call`: run the function and send back its output.
    case functionCall(ResponseFunctionCall)
    /// `web_search_call`.
    case webSearchCall(WebSearchCall)
    /// `file_search_call`.
    case fileSearchCall(FileSearchCall)
    /// `mcp_call`: a call of a tool on an MCP server.
    case mcpCall(MCPCall)
    /// `mcp_list_tools`: the tools an MCP server offers.
    case mcpListTools(MCPListTools)
    /// `mcp_approval_request`: the model asks for approval to call an MCP tool.
    case mcpApprovalRequest(MCPApprovalRequest)
    /// `image_generation_call`.
    case imageGenerationCall(ImageGenerationCall)
    /// `code_interpreter_call`.
    case codeInterpreterCall(CodeInterpreterCall)
    /// Any other item, as its JSON.
    case other(JSONValue)

    /// The item's type on the wire, such as `message` or `function_call`.
    public var type: String {
        switch self {
        case .message: "message"
        case .reasoning: "reasoning"
        case .functionCall: "function_call"
        case .webSearchCall: "web_search_call"
        case .fileSearchCall: "file_search_call"
        case .mcpCall: "mcp_call"
        case .mcpListTools: "mcp_list_tools"
        case .mcpApprovalRequest: "mcp_approval_request"
        case .imageGenerationCall: "image_generation_call"
        case .codeInterpreterCall: "code_interpreter_call"
        case .other(let json): json["type"]?.stringValue ?? ""
        }
    }

    /// The item's id, when it has one.
    public var id: String? {
        switch self {
        case .message(let item): item.id
        case .reasoning(let item): item.id
        case .functionCall(let item): item.id
        case .webSearchCall(let item): item.id
        case .fileSearchCall(let item): item.id
        case .mcpCall(let item): item.id
        case .mcpListTools(let item): item.id
        case .mcpApprovalRequest(let item): item.id
        case .imageGenerationCall(let item): item.id
        case .codeInterpreterCall(let item): item.id
        case .other(let json): json["id"]?.stringValue
        }
    }

    /// The item as an input item, to send back in a later request's input; `nil` for an item the SDK sends
    /// by reference (``ResponseInputItem/itemReference(id:)``) instead.
    public var asInput: ResponseInputItem? {
        switch self {
        case .message(let message): message.asInput
        case .reasoning(let reasoning): .reasoning(reasoning)
        case .functionCall(let call): .functionCall(call)
        default: id.map { .itemReference(id: $0) }
        }
    }
}

extension ResponseOutputItem: Codable {
    /// Decodes an item by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        switch TypeTag.of(decoder) {
        case "message": self = .message(try ResponseOutputMessage(from: decoder))
        case "reasoning": self = .reasoning(try ResponseReasoningItem(from: decoder))
        case "function_call": self = .functionCall(try ResponseFunctionCall(from: decoder))
        case "web_search_call": self = .webSearchCall(try WebSearchCall(from: decoder))
        case "file_search_call": self = .fileSearchCall(try FileSearchCall(from: decoder))
        case "mcp_call": self = .mcpCall(try MCPCall(from: decoder))
        case "mcp_list_tools": self = .mcpListTools(try MCPListTools(from: decoder))
        case "mcp_approval_request": self = .mcpApprovalRequest(try MCPApprovalRequest(from: decoder))
        case "image_generation_call": self = .imageGenerationCall(try ImageGenerationCall(from: decoder))
        case "code_interpreter_call": self = .codeInterpreterCall(try CodeInterpreterCall(from: decoder))
        default: self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the item with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .message(let item): try item.encode(to: encoder)
        case .reasoning(let item): try item.encode(to: encoder)
        case .functionCall(let item): try item.encode(to: encoder)
        case .webSearchCall(let item): try item.encode(to: encoder)
        case .fileSearchCall(let item): try item.encode(to: encoder)
        case .mcpCall(let item): try item.encode(to: encoder)
        case .mcpListTools(let item): try item.encode(to: encoder)
        case .mcpApprovalRequest(let item): try item.encode(to: encoder)
        case .imageGenerationCall(let item): try item.encode(to: encoder)
        case .codeInterpreterCall(let item): try item.encode(to: encoder)
        case .other(let json): return try json.encode(to: encoder)
        }
        try TypeTag.encode(type, to: encoder)
    }
}

/// A tool call the model made, in an assistant message.
public struct ToolCall: Codable, Hashable, Sendable {
    /// The call's id; a `tool` message answers it with the same id.
    public var id: String
    /// The kind of tool; `function` for the tools an application defines.
    public var type: ToolType
    /// The function to call and its arguments.
    public var function: FunctionCall

    /// Creates a tool call.
    public init(id: String, type: ToolType = .function, function: FunctionCall) {
        self.id = id
        self.type = type
        self.function = function
    }

    enum CodingKeys: String, CodingKey {
        case id, type, function
    }

    /// Decodes a tool call; a missing type reads as `function`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        type = try container.decodeIfPresent(ToolType.self, forKey: .type) ?? .function
        function = try container.decode(FunctionCall.self, forKey: .function)
    }

    /// A function name and the arguments the model chose for it.
    public struct FunctionCall: Codable, Hashable, Sendable {
        /// The function's name.
        public var name: String
        /// The arguments as a JSON text, exactly as the model wrote it; it may not be valid JSON.
        public var arguments: String

        /// Creates a function call.
        public init(name: String, arguments: String) {
            self.name = name
            self.arguments = arguments
        }

        enum CodingKeys: String, CodingKey {
            case name, arguments
        }

        /// Decodes a function call; missing arguments read as an empty string.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
            arguments = try container.decodeIfPresent(String.self, forKey: .arguments) ?? ""
        }
    }
}

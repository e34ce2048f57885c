/// A tool the model may use: a function the application runs, or one of the gateway's built-in tools.
public enum Tool: Hashable, Sendable {
    /// A function the application defines and runs.
    case function(FunctionDefinition)
    /// Any other tool (`web_search`, `mcp`, …), as the JSON object to send.
    case other(JSONValue)

    /// A function tool.
    public static func function(
        name: String,
        description: String? = nil,
        parameters: JSONValue? = nil,
        strict: Bool? = nil
    ) -> Tool {
        .function(FunctionDefinition(name: name, description: description, parameters: parameters, strict: strict))
    }

    /// The tool's type.
    public var type: ToolType {
        switch self {
        case .function: .function
        case .other(let value): ToolType(rawValue: value["type"]?.stringValue ?? "")
        }
    }
}

extension Tool: Codable {
    enum CodingKeys: String, CodingKey {
        case type, function
    }

    /// Decodes a tool by its `type`; any type other than `function` is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decodeIfPresent(ToolType.self, forKey: .type)
        if type == .function, let function = try container.decodeIfPresent(FunctionDefinition.self, forKey: .function) {
            self = .function(function)
        } else {
            self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the tool with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .function(let function):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(ToolType.function, forKey: .type)
            try container.encode(function, forKey: .function)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}

/// Whether and which tools the model must call.
///
/// ```swift
/// request.toolChoice = .auto                       // "auto"
/// request.toolChoice = .required                   // "required"
/// request.toolChoice = .function("get_stock_price") // {"type":"function","function":{"name":…}}
/// ```
/// Any other form the gateway accepts (for example `allowed_tools`) can be sent as ``custom(_:)``.
public enum ToolChoice: Hashable, Sendable {
    /// A mode: `"none"`, `"auto"`, `"required"`, or another string a provider accepts.
    case mode(String)
    /// Call this function.
    case function(String)
    /// Any other form, as the JSON to send.
    case custom(JSONValue)

    /// The model must not call tools.
    public static let noTools = ToolChoice.mode("none")
    /// The model decides.
    public static let auto = ToolChoice.mode("auto")
    /// The model must call at least one tool.
    public static let required = ToolChoice.mode("required")
}

extension ToolChoice: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, function
    }

    private struct FunctionName: Codable {
        var name: String
    }

    /// Decodes a mode string, a named function, or any other form as ``custom(_:)``.
    public init(from decoder: any Decoder) throws {
        if let mode = try? decoder.singleValueContainer().decode(String.self) {
            self = .mode(mode)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if try container.decodeIfPresent(String.self, forKey: .type) == "function",
            let function = try? container.decode(FunctionName.self, forKey: .function)
        {
            self = .function(function.name)
        } else {
            self = .custom(try JSONValue(from: decoder))
        }
    }

    /// Encodes the choice in its wire form.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .mode(let mode):
            var container = encoder.singleValueContainer()
            try container.encode(mode)
        case .function(let name):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("function", forKey: .type)
            try container.encode(FunctionName(name: name), forKey: .function)
        case .custom(let value):
            try value.encode(to: encoder)
        }
    }
}

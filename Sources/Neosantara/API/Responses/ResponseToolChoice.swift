/// Whether and which tools the model must use in a response.
///
/// ```swift
/// request.toolChoice = .required
/// request.toolChoice = .function("get_weather")   // {"type":"function","name":"get_weather"}
/// request.toolChoice = .tool("web_search")        // {"type":"web_search"}
/// ```
public enum ResponseToolChoice: Hashable, Sendable {
    /// A mode: `"none"`, `"auto"`, `"required"`, or another string a provider accepts.
    case mode(String)
    /// Call this function.
    case function(String)
    /// Use this server tool, by its type, such as `web_search` or `file_search`.
    case tool(String)
    /// Any other form, as the JSON to send.
    case custom(JSONValue)

    /// The model must not use tools.
    public static let noTools = Self.mode("none")
    /// The model decides.
    public static let auto = Self.mode("auto")
    /// The model must use at least one tool.
    public static let required = Self.mode("required")
}

extension ResponseToolChoice: Codable {
    /// Decodes a mode string, a named function, a server tool's type, or any other form as ``custom(_:)``.
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        if let mode = json.stringValue {
            self = .mode(mode)
        } else if let type = json["type"]?.stringValue, json.objectValue?.count == 1 {
            self = .tool(type)
        } else if json["type"] == "function", let name = json["name"]?.stringValue, json.objectValue?.count == 2 {
            self = .function(name)
        } else {
            self = .custom(json)
        }
    }

    /// Encodes the choice in its wire form.
    public func encode(to encoder: any Encoder) throws {
        let json: JSONValue =
            switch self {
            case .mode(let mode): .string(mode)
            case .function(let name): ["type": "function", "name": .string(name)]
            case .tool(let type): ["type": .string(type)]
            case .custom(let value): value
            }
        try json.encode(to: encoder)
    }
}

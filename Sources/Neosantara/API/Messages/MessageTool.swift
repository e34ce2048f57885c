/// A tool the model may use in a Messages API request: one you define, or a server tool such as web
/// search, kept as the JSON object the server expects.
///
/// ```swift
/// request.tools = [
///     .custom(CustomTool(name: "get_weather", inputSchema: ["type": "object", "properties": ["city": ["type": "string"]]])),
///     .server(["type": "web_search_20250305", "name": "web_search"]),
/// ]
/// ```
public enum MessageTool: Hashable, Sendable {
    /// A tool you define, with an `input_schema`.
    case custom(CustomTool)
    /// A server tool or any other tool object, sent as it is.
    case server(JSONValue)

    /// The tool's name.
    public var name: String? {
        switch self {
        case .custom(let tool): tool.name
        case .server(let value): value["name"]?.stringValue
        }
    }
}

extension MessageTool: Codable {
    private enum CodingKeys: String, CodingKey {
        case type
        case inputSchema = "input_schema"
    }

    /// Decodes a tool with an `input_schema` and a `type` of `custom` or none as ``custom(_:)``, any other as
    /// ``server(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decodeIfPresent(String.self, forKey: .type)
        if container.contains(.inputSchema), type == nil || type == "custom" {
            self = .custom(try CustomTool(from: decoder))
        } else {
            self = .server(try JSONValue(from: decoder))
        }
    }

    /// Encodes the tool.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .custom(let tool): try tool.encode(to: encoder)
        case .server(let value): try value.encode(to: encoder)
        }
    }
}

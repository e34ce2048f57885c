/// A tool the model may use while it writes a response: a function of yours, or a tool the server runs.
///
/// ```swift
/// let tools: [ResponseTool] = [
///     .function(name: "get_weather", description: "Cuaca sebuah kota", parameters: schema),
///     .webSearch(),
///     .mcp(serverLabel: "docs", serverURL: "https://example.com/mcp"),
/// ]
/// ```
///
/// The options of the server's tools are sent as they are given; ``other(_:)`` sends any tool as its JSON.
public enum ResponseTool: Hashable, Sendable {
    /// A function the model may call; you run it and send back its output.
    case function(FunctionDefinition)
    /// `web_search`, with its options such as `search_context_size`.
    case webSearch(options: [String: JSONValue])
    /// `file_search` over vector stores, with its options such as `max_num_results`.
    case fileSearch(vectorStoreIDs: [String], options: [String: JSONValue])
    /// `mcp`: the tools of a remote MCP server, with its options such as `require_approval`.
    case mcp(serverLabel: String, serverURL: String?, options: [String: JSONValue])
    /// `code_interpreter`, in `container` (`{"type":"auto"}` or a container id).
    case codeInterpreter(container: JSONValue, options: [String: JSONValue])
    /// `image_generation`, with its options such as `size` and `quality`.
    case imageGeneration(options: [String: JSONValue])
    /// Any other tool, as its JSON.
    case other(JSONValue)

    /// A function tool.
    public static func function(
        name: String, description: String? = nil, parameters: JSONValue? = nil, strict: Bool? = nil
    ) -> Self {
        .function(FunctionDefinition(name: name, description: description, parameters: parameters, strict: strict))
    }

    /// Web search.
    public static func webSearch() -> Self { .webSearch(options: [:]) }

    /// File search over `vectorStoreIDs`.
    public static func fileSearch(vectorStoreIDs: [String]) -> Self {
        .fileSearch(vectorStoreIDs: vectorStoreIDs, options: [:])
    }

    /// The tools of the MCP server at `serverURL`.
    public static func mcp(serverLabel: String, serverURL: String) -> Self {
        .mcp(serverLabel: serverLabel, serverURL: serverURL, options: [:])
    }

    /// A code interpreter in a container the server makes.
    public static func codeInterpreter() -> Self {
        .codeInterpreter(container: ["type": "auto"], options: [:])
    }

    /// Image generation.
    public static func imageGeneration() -> Self { .imageGeneration(options: [:]) }

    /// The tool's type on the wire, such as `function` or `web_search`.
    public var type: String {
        switch self {
        case .function: "function"
        case .webSearch: "web_search"
        case .fileSearch: "file_search"
        case .mcp: "mcp"
        case .codeInterpreter: "code_interpreter"
        case .imageGeneration: "image_generation"
        case .other(let value): value["type"]?.stringValue ?? ""
        }
    }
}

extension ResponseTool: Codable {
    /// The members each server tool names; the others are its options.
    private static let namedMembers: [String: Set<String>] = [
        "file_search": ["vector_store_ids"], "mcp": ["server_label", "server_url"], "code_interpreter": ["container"],
    ]

    /// Decodes a tool by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        let type = json["type"]?.stringValue ?? ""
        var options = json.objectValue ?? [:]
        options["type"] = nil
        for member in Self.namedMembers[type] ?? [] {
            options[member] = nil
        }
        switch type {
        case "function":
            self = .function(try FunctionDefinition(from: decoder))
        case "web_search":
            self = .webSearch(options: options)
        case "file_search":
            let ids = json["vector_store_ids"]?.arrayValue?.compactMap(\.stringValue) ?? []
            self = .fileSearch(vectorStoreIDs: ids, options: options)
        case "mcp" where json["server_label"]?.stringValue != nil:
            self = .mcp(
                serverLabel: json["server_label"]?.stringValue ?? "", serverURL: json["server_url"]?.stringValue,
                options: options)
        case "code_interpreter":
            self = .codeInterpreter(container: json["container"] ?? ["type": "auto"], options: options)
        case "image_generation":
            self = .imageGeneration(options: options)
        default:
            self = .other(json)
        }
    }

    /// Encodes the tool with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .function(let function):
            try function.encode(to: encoder)
            try TypeTag.encode("function", to: encoder)
        case .other(let value):
            try value.encode(to: encoder)
        case .webSearch(let options), .imageGeneration(let options):
            try Self.encode(options, ["type": .string(type)], to: encoder)
        case .fileSearch(let ids, let options):
            let named: [String: JSONValue] = [
                "type": "file_search", "vector_store_ids": .array(ids.map(JSONValue.string)),
            ]
            try Self.encode(options, named, to: encoder)
        case .mcp(let label, let url, let options):
            var named: [String: JSONValue] = ["type": "mcp", "server_label": .string(label)]
            named["server_url"] = url.map(JSONValue.string)
            try Self.encode(options, named, to: encoder)
        case .codeInterpreter(let container, let options):
            try Self.encode(options, ["type": "code_interpreter", "container": container], to: encoder)
        }
    }

    private static func encode(_ options: [String: JSONValue], _ named: [String: JSONValue], to encoder: any Encoder)
        throws
    {
        try JSONValue.object(options.merging(named) { _, new in new }).encode(to: encoder)
    }
}

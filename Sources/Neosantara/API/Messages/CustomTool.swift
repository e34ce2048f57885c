/// A tool you define for the Messages API: its name, what it does, and a JSON schema of its input.
public struct CustomTool: Codable, Hashable, Sendable {
    /// The tool's name: letters, digits, underscores and dashes.
    public var name: String
    /// What the tool does, for the model to decide when to call it.
    public var description: String?
    /// A JSON schema of the input object (`input_schema`).
    public var inputSchema: JSONValue
    /// A prompt-caching breakpoint after this tool.
    public var cacheControl: CacheControl?

    /// Creates a tool.
    public init(
        name: String, description: String? = nil, inputSchema: JSONValue = ["type": "object"],
        cacheControl: CacheControl? = nil
    ) {
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
        self.cacheControl = cacheControl
    }

    enum CodingKeys: String, CodingKey {
        case name, description
        case inputSchema = "input_schema"
        case cacheControl = "cache_control"
    }
}

/// A `tool_use` content block: the model calls a tool with an input object.
///
/// Answer it with a ``ToolResultBlock`` of the same id in the next `user` message.
public struct ToolUseBlock: Codable, Hashable, Sendable {
    /// The call's id, which the result names.
    public var id: String
    /// The tool's name.
    public var name: String
    /// The input the model chose, an object matching the tool's `input_schema`.
    public var input: JSONValue
    /// A prompt-caching breakpoint after this block.
    public var cacheControl: CacheControl?

    /// Creates a tool call.
    public init(id: String, name: String, input: JSONValue = [:], cacheControl: CacheControl? = nil) {
        self.id = id
        self.name = name
        self.input = input
        self.cacheControl = cacheControl
    }

    enum CodingKeys: String, CodingKey {
        case id, name, input
        case cacheControl = "cache_control"
    }

    /// Decodes a call; a missing input reads as an empty object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        input = try container.decodeIfPresent(JSONValue.self, forKey: .input) ?? [:]
        cacheControl = try container.decodeIfPresent(CacheControl.self, forKey: .cacheControl)
    }
}

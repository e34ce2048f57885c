/// A `tool_result` content block: what a tool the model called returned, sent back in a `user` message.
public struct ToolResultBlock: Codable, Hashable, Sendable {
    /// The id of the ``ToolUseBlock`` this answers.
    public var toolUseID: String
    /// What the tool returned: text, or blocks such as text and images.
    public var content: BlockContent?
    /// Whether the tool failed; the content then says how.
    public var isError: Bool?
    /// A prompt-caching breakpoint after this block.
    public var cacheControl: CacheControl?

    /// Creates a tool result.
    public init(
        toolUseID: String, content: BlockContent? = nil, isError: Bool? = nil, cacheControl: CacheControl? = nil
    ) {
        self.toolUseID = toolUseID
        self.content = content
        self.isError = isError
        self.cacheControl = cacheControl
    }

    enum CodingKeys: String, CodingKey {
        case content
        case toolUseID = "tool_use_id"
        case isError = "is_error"
        case cacheControl = "cache_control"
    }
}

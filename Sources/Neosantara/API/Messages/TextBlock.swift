/// A `text` content block: text in a message, in a system prompt or in the model's answer.
public struct TextBlock: Codable, Hashable, Sendable {
    /// The text.
    public var text: String
    /// Where the text comes from in the documents or search results it cites, as the server sent it.
    public var citations: [JSONValue]?
    /// A prompt-caching breakpoint after this block.
    public var cacheControl: CacheControl?

    /// Creates a text block.
    public init(_ text: String, citations: [JSONValue]? = nil, cacheControl: CacheControl? = nil) {
        self.text = text
        self.citations = citations
        self.cacheControl = cacheControl
    }

    enum CodingKeys: String, CodingKey {
        case text, citations
        case cacheControl = "cache_control"
    }
}

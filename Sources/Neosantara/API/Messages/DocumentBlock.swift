/// A `document` content block: a PDF or text for the model to read, inline or by URL, optionally citable.
public struct DocumentBlock: Codable, Hashable, Sendable {
    /// Where the document comes from.
    public var source: MediaSource
    /// The document's title, which citations name.
    public var title: String?
    /// What the document is about, for the model; not cited.
    public var context: String?
    /// Whether the model may cite the document: `{"enabled": true}`.
    public var citations: JSONValue?
    /// A prompt-caching breakpoint after this block.
    public var cacheControl: CacheControl?

    /// Creates a document block.
    public init(
        source: MediaSource, title: String? = nil, context: String? = nil, citations: JSONValue? = nil,
        cacheControl: CacheControl? = nil
    ) {
        self.source = source
        self.title = title
        self.context = context
        self.citations = citations
        self.cacheControl = cacheControl
    }

    enum CodingKeys: String, CodingKey {
        case source, title, context, citations
        case cacheControl = "cache_control"
    }
}

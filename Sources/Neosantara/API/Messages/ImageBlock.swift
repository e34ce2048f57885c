/// An `image` content block: a picture for the model to look at, inline or by URL.
public struct ImageBlock: Codable, Hashable, Sendable {
    /// Where the image comes from.
    public var source: MediaSource
    /// A prompt-caching breakpoint after this block.
    public var cacheControl: CacheControl?

    /// Creates an image block.
    public init(source: MediaSource, cacheControl: CacheControl? = nil) {
        self.source = source
        self.cacheControl = cacheControl
    }

    enum CodingKeys: String, CodingKey {
        case source
        case cacheControl = "cache_control"
    }
}

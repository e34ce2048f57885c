/// A prompt-caching breakpoint on a block: the prompt up to and including the block may be cached
/// (`cache_control`).
///
/// ```swift
/// let system = SystemPrompt.blocks([TextBlock("Long reference…", cacheControl: .ephemeral)])
/// ```
public struct CacheControl: Codable, Hashable, Sendable {
    /// The kind of cache; `ephemeral` is the one the API documents.
    public var type: Kind
    /// How long the entry lives, such as `"5m"` or `"1h"`; the server's default when `nil`.
    public var ttl: String?

    /// Creates a cache breakpoint.
    public init(type: Kind = .ephemeral, ttl: String? = nil) {
        self.type = type
        self.ttl = ttl
    }

    /// A short-lived cache entry, as Anthropic's API defines it.
    public static let ephemeral = CacheControl()

    /// The kind of a cache breakpoint; any value decodes.
    public struct Kind: OpenStringEnum {
        /// The wire spelling.
        public let rawValue: String

        /// Creates a kind from its wire spelling.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// A short-lived cache entry.
        public static let ephemeral = Self(rawValue: "ephemeral")
    }
}

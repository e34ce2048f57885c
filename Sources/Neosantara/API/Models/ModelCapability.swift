/// Something a model can do, as listed by `GET /models` and used to filter that list.
public struct ModelCapability: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Chat completions.
    public static let chat = Self(rawValue: "chat")

    /// Embeddings.
    public static let embeddings = Self(rawValue: "embeddings")

    /// Image generation.
    public static let imageGeneration = Self(rawValue: "image_generation")

    /// Built-in web search.
    public static let webSearch = Self(rawValue: "web_search")

    /// Tool and function calling.
    public static let functionCalling = Self(rawValue: "function_calling")

    /// Images in the input.
    public static let vision = Self(rawValue: "vision")

    /// JSON output modes.
    public static let jsonMode = Self(rawValue: "json_mode")
}

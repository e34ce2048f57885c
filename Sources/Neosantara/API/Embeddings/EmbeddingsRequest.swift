/// The body of `POST /embeddings`.
public struct EmbeddingsRequest: Hashable, Sendable {
    /// The embedding model, for example `"nusa-embeddings-0001"`.
    public var model: String
    /// The text or texts to embed.
    public var input: TextInput
    /// How the server encodes vectors on the wire; the SDK decodes either to `[Float]`.
    public var encodingFormat: EmbeddingEncodingFormat?
    /// The number of dimensions, for models that can shorten their vectors.
    public var dimensions: Int?
    /// An id for the end user, for abuse monitoring.
    public var user: String?
    /// Fields the SDK does not model, sent at the top level of the body.
    public var extraBody: [String: JSONValue]

    /// Creates a request.
    public init(
        model: String,
        input: TextInput,
        encodingFormat: EmbeddingEncodingFormat? = nil,
        dimensions: Int? = nil,
        user: String? = nil,
        extraBody: [String: JSONValue] = [:]
    ) {
        self.model = model
        self.input = input
        self.encodingFormat = encodingFormat
        self.dimensions = dimensions
        self.user = user
        self.extraBody = extraBody
    }
}

extension EmbeddingsRequest: Codable {
    static let knownKeys: Set<String> = ["model", "input", "encoding_format", "dimensions", "user"]

    /// Decodes a request; keys the SDK does not model are collected in ``extraBody``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        model = try container.decode(String.self, forKey: "model")
        input = try container.decode(TextInput.self, forKey: "input")
        encodingFormat = try container.decodeIfPresent(EmbeddingEncodingFormat.self, forKey: "encoding_format")
        dimensions = try container.decodeIfPresent(Int.self, forKey: "dimensions")
        user = try container.decodeIfPresent(String.self, forKey: "user")
        extraBody = try container.decodeExtraBody(excluding: Self.knownKeys)
    }

    /// Encodes the request, leaving out `nil` fields, then writes ``extraBody`` over it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(model, forKey: "model")
        try container.encode(input, forKey: "input")
        try container.encodeIfPresent(encodingFormat, forKey: "encoding_format")
        try container.encodeIfPresent(dimensions, forKey: "dimensions")
        try container.encodeIfPresent(user, forKey: "user")
        try container.encodeExtraBody(extraBody)
    }
}

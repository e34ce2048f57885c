/// The body of `POST /embeddings`.
public struct EmbeddingsRequest: Hashable, Sendable {
    /// The embedding model, for example `"nusa-embeddings-0001"`.
    public var model: String
    /// The text or texts to embed.
    public var input: TextInput
    /// How the server encodes vectors on the wire; the SDK decodes either to `[Float]`.
    public var encodingFormat: EmbeddingEncodingFormat?
    /// The number of dimensions, 1 to 4096, for models that can shorten their vectors.
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
    /// The wire name of each stored property but ``extraBody``: the one list of the request's keys.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, input
        case encodingFormat = "encoding_format"
        case dimensions, user
    }

    /// The wire names of the modelled fields; any other key belongs to ``extraBody``.
    static let knownKeys = Set(CodingKeys.allCases.map(\.stringValue))

    /// Decodes a request; keys the SDK does not model are collected in ``extraBody``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(String.self, forKey: .model)
        input = try container.decode(TextInput.self, forKey: .input)
        encodingFormat = try container.decodeIfPresent(EmbeddingEncodingFormat.self, forKey: .encodingFormat)
        dimensions = try container.decodeIfPresent(Int.self, forKey: .dimensions)
        user = try container.decodeIfPresent(String.self, forKey: .user)
        extraBody = try decoder.container(keyedBy: DynamicCodingKey.self).decodeExtraBody(excluding: Self.knownKeys)
    }

    /// Encodes the request, leaving out `nil` fields, then writes ``extraBody`` over it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(input, forKey: .input)
        try container.encodeIfPresent(encodingFormat, forKey: .encodingFormat)
        try container.encodeIfPresent(dimensions, forKey: .dimensions)
        try container.encodeIfPresent(user, forKey: .user)
        if !extraBody.isEmpty {
            // A second container of the same object: its members replace modelled ones of the same name.
            var extra = encoder.container(keyedBy: DynamicCodingKey.self)
            try extra.encodeExtraBody(extraBody)
        }
    }
}

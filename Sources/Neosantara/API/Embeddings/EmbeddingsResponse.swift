/// What `POST /embeddings` returns.
public struct EmbeddingsResponse: Codable, Hashable, Sendable {
    /// The object type, `"list"`.
    public var object: String?
    /// One embedding per input, in input order.
    public var data: [Embedding]
    /// The model that produced the embeddings.
    public var model: String?
    /// Token counts.
    public var usage: Usage?
    /// The gateway's information about the request (`_metadata` on the wire).
    public var metadata: Metadata?

    /// Creates a response.
    public init(
        object: String? = "list",
        data: [Embedding],
        model: String? = nil,
        usage: Usage? = nil,
        metadata: Metadata? = nil
    ) {
        self.object = object
        self.data = data
        self.model = model
        self.usage = usage
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case object, data, model, usage
        case metadata = "_metadata"
    }

    /// The vectors, one per input, in input order.
    public var vectors: [[Float]] {
        data.sorted { $0.index < $1.index }.map(\.embedding)
    }
}

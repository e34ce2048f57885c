/// What `GET /models` returns.
public struct ModelsListResponse: Codable, Hashable, Sendable {
    /// The object type, `"list"`.
    public var object: String?
    /// The models.
    public var data: [Model]
    /// The gateway's information about the request (`_metadata` on the wire).
    public var metadata: Metadata?

    /// Creates a list.
    public init(object: String? = "list", data: [Model], metadata: Metadata? = nil) {
        self.object = object
        self.data = data
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case object, data
        case metadata = "_metadata"
    }
}

/// What `POST /moderations` returns.
public struct ModerationsResponse: Codable, Hashable, Sendable {
    /// The moderation's id.
    public var id: String?
    /// The model that classified the input.
    public var model: String?
    /// One verdict per input, in input order.
    public var results: [ModerationResult]
    /// The gateway's information about the request (`_metadata` on the wire).
    public var metadata: Metadata?

    /// Creates a response.
    public init(id: String? = nil, model: String? = nil, results: [ModerationResult], metadata: Metadata? = nil) {
        self.id = id
        self.model = model
        self.results = results
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case id, model, results
        case metadata = "_metadata"
    }
}

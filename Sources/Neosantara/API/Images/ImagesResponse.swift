/// What `POST /images/generations` returns.
public struct ImagesResponse: Codable, Hashable, Sendable {
    /// When the images were made, in seconds since 1970.
    public var created: Int
    /// The images, in order.
    public var data: [GeneratedImage]
    /// The gateway's information about the request (`_metadata` on the wire).
    public var metadata: Metadata?

    /// Creates a response.
    public init(created: Int, data: [GeneratedImage], metadata: Metadata? = nil) {
        self.created = created
        self.data = data
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case created, data
        case metadata = "_metadata"
    }

    /// Decodes a response; `created` may be a fractional number, as the spec allows.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        created = try container.decodeWholeNumber(forKey: .created)
        data = try container.decode([GeneratedImage].self, forKey: .data)
        metadata = try container.decodeIfPresent(Metadata.self, forKey: .metadata)
    }
}

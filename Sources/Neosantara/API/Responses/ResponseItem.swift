/// An input item stored with a response, as `GET /responses/{id}/input_items` lists it: the item and its id.
public struct ResponseItem: Hashable, Sendable, Identifiable {
    /// The stored item's id.
    public var id: String
    /// The item.
    public var item: ResponseInputItem

    /// Creates a stored item.
    public init(id: String, item: ResponseInputItem) {
        self.id = id
        self.item = item
    }
}

extension ResponseItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case id
    }

    /// Decodes the item and its `id`.
    public init(from decoder: any Decoder) throws {
        id = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .id)
        item = try ResponseInputItem(from: decoder)
    }

    /// Encodes the item with its `id` beside its members.
    public func encode(to encoder: any Encoder) throws {
        if case .other(var json) = item, case .object(var members) = json {
            members["id"] = .string(id)
            json = .object(members)
            return try json.encode(to: encoder)
        }
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
    }
}

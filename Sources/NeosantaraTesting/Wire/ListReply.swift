/// A page of a list in OpenAI's shape: `object`, `data`, `has_more`, `first_id`, `last_id`.
struct ListReply<Item: Encodable>: Encodable {
    var object = "list"
    var data: [Item]
    var hasMore: Bool
    var firstID: String?
    var lastID: String?

    init(data: [Item], hasMore: Bool, firstID: String?, lastID: String?) {
        self.data = data
        self.hasMore = hasMore
        self.firstID = firstID
        self.lastID = lastID
    }

    enum CodingKeys: String, CodingKey {
        case object, data
        case hasMore = "has_more"
        case firstID = "first_id"
        case lastID = "last_id"
    }
}

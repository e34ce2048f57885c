/// What `DELETE /responses/{id}` answers.
public struct ResponseDeletion: Codable, Hashable, Sendable {
    /// The deleted response's id.
    public var id: String
    /// `response`, or `response.deleted`.
    public var object: String?
    /// Whether it was deleted.
    public var deleted: Bool

    /// Creates a deletion result.
    public init(id: String, object: String? = "response", deleted: Bool) {
        self.id = id
        self.object = object
        self.deleted = deleted
    }
}

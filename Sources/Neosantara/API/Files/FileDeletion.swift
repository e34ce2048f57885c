/// What `DELETE /files/{id}` answers.
public struct FileDeletion: Codable, Hashable, Sendable {
    /// The deleted file's id.
    public var id: String
    /// The object type, `"file"`.
    public var object: String?
    /// Whether the file was deleted.
    public var deleted: Bool

    /// Creates a deletion result.
    public init(id: String, object: String? = "file", deleted: Bool) {
        self.id = id
        self.object = object
        self.deleted = deleted
    }
}

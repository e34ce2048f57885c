/// A file stored on the server, as `POST /files`, `GET /files` and `GET /files/{id}` describe it.
public struct FileObject: Codable, Hashable, Sendable, Identifiable {
    /// The file's id, for example `"file-abc123"`.
    public var id: String
    /// The object type, `"file"`.
    public var object: String?
    /// The size in bytes.
    public var bytes: Int64?
    /// When the file was uploaded, in seconds since 1970.
    public var createdAt: Int?
    /// When the file will be deleted, in seconds since 1970, when it expires.
    public var expiresAt: Int?
    /// The name it was uploaded with.
    public var filename: String?
    /// What the file is for.
    public var purpose: FilePurpose?
    /// Where the file is in its processing.
    public var status: FileStatus?
    /// Why processing failed, when it did.
    public var statusDetails: String?

    /// Creates a file description.
    public init(
        id: String,
        object: String? = "file",
        bytes: Int64? = nil,
        createdAt: Int? = nil,
        expiresAt: Int? = nil,
        filename: String? = nil,
        purpose: FilePurpose? = nil,
        status: FileStatus? = nil,
        statusDetails: String? = nil
    ) {
        self.id = id
        self.object = object
        self.bytes = bytes
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.filename = filename
        self.purpose = purpose
        self.status = status
        self.statusDetails = statusDetails
    }

    enum CodingKeys: String, CodingKey {
        case id, object, bytes, filename, purpose, status
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case statusDetails = "status_details"
    }
}

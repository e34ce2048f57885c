/// A video job, as `POST /videos` and `GET /videos/{id}` describe it.
public struct Video: Codable, Hashable, Sendable {
    /// The job's id.
    public var id: String
    /// `video`.
    public var object: String
    /// When the job was created, in seconds since 1970.
    public var createdAt: Double
    /// When it completed, once it has.
    public var completedAt: Double?
    /// Where the job is.
    public var status: VideoStatus
    /// The model making it.
    public var model: String
    /// How far along it is, 0 to 100.
    public var progress: Double
    /// The prompt.
    public var prompt: String
    /// The length in seconds; the server sends a string or a number, always read as a string such as `"5"`.
    public var seconds: String
    /// The size, such as `1280x720`.
    public var size: String
    /// Why it failed, when it did.
    public var error: VideoError?

    /// Creates a job description.
    public init(
        id: String, object: String = "video", createdAt: Double, completedAt: Double? = nil, status: VideoStatus,
        model: String, progress: Double, prompt: String, seconds: String, size: String, error: VideoError? = nil
    ) {
        self.id = id
        self.object = object
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.status = status
        self.model = model
        self.progress = progress
        self.prompt = prompt
        self.seconds = seconds
        self.size = size
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case id, object
        case createdAt = "created_at"
        case completedAt = "completed_at"
        case status, model, progress, prompt, seconds, size, error
    }

    /// Decodes a job; `seconds` may be a string or a number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object) ?? "video"
        createdAt = try container.decode(Double.self, forKey: .createdAt)
        completedAt = try container.decodeIfPresent(Double.self, forKey: .completedAt)
        status = try container.decode(VideoStatus.self, forKey: .status)
        model = try container.decode(String.self, forKey: .model)
        progress = try container.decodeIfPresent(Double.self, forKey: .progress) ?? 0
        prompt = try container.decodeIfPresent(String.self, forKey: .prompt) ?? ""
        if let number = try? container.decode(Double.self, forKey: .seconds) {
            seconds = Int(exactly: number).map(String.init) ?? String(number)
        } else {
            seconds = try container.decodeIfPresent(String.self, forKey: .seconds) ?? ""
        }
        size = try container.decodeIfPresent(String.self, forKey: .size) ?? ""
        error = try container.decodeIfPresent(VideoError.self, forKey: .error)
    }
}

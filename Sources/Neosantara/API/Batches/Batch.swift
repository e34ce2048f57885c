/// A batch: a file of requests the server runs on its own time, as `POST /batches`, `GET /batches/{id}` and
/// `GET /batches` describe it.
///
/// Timestamps are in seconds since 1970, and each is set once the batch reaches that point.
public struct Batch: Hashable, Sendable, Identifiable {
    /// The batch's id, for example `"batch_abc123"`.
    public var id: String
    /// The object type, `"batch"`.
    public var object: String?
    /// The operation every request calls.
    public var endpoint: BatchEndpoint
    /// Where the batch is; ``BatchStatus/isTerminal`` says whether it has ended.
    public var status: BatchStatus
    /// The uploaded file of requests.
    public var inputFileID: String?
    /// How long the server has to finish.
    public var completionWindow: BatchCompletionWindow?
    /// The file of successful responses, once there is one.
    public var outputFileID: String?
    /// The file of failed requests, once there is one.
    public var errorFileID: String?
    /// Why the batch failed, when its input did not validate.
    public var errors: BatchErrors?
    /// How many requests there are and how many have finished.
    public var requestCounts: BatchRequestCounts?
    /// The pairs given when the batch was created.
    public var metadata: [String: String]?
    /// The model the requests use, when the server reports it.
    public var model: String?
    /// The tokens the batch used, as the server reports them.
    public var usage: JSONValue?
    /// When the batch was created.
    public var createdAt: Int?
    /// When the server started running the requests.
    public var inProgressAt: Int?
    /// When the completion window ends.
    public var expiresAt: Int?
    /// When the server started writing the output files.
    public var finalizingAt: Int?
    /// When the batch completed.
    public var completedAt: Int?
    /// When the batch failed.
    public var failedAt: Int?
    /// When the batch expired.
    public var expiredAt: Int?
    /// When a cancel was asked for.
    public var cancellingAt: Int?
    /// When the batch was cancelled; read from `cancelled_at` or `canceled_at`.
    public var cancelledAt: Int?

    /// Creates a batch description.
    public init(
        id: String,
        object: String? = "batch",
        endpoint: BatchEndpoint,
        status: BatchStatus,
        inputFileID: String? = nil,
        completionWindow: BatchCompletionWindow? = nil,
        outputFileID: String? = nil,
        errorFileID: String? = nil,
        errors: BatchErrors? = nil,
        requestCounts: BatchRequestCounts? = nil,
        metadata: [String: String]? = nil,
        model: String? = nil,
        usage: JSONValue? = nil,
        createdAt: Int? = nil
    ) {
        self.id = id
        self.object = object
        self.endpoint = endpoint
        self.status = status
        self.inputFileID = inputFileID
        self.completionWindow = completionWindow
        self.outputFileID = outputFileID
        self.errorFileID = errorFileID
        self.errors = errors
        self.requestCounts = requestCounts
        self.metadata = metadata
        self.model = model
        self.usage = usage
        self.createdAt = createdAt
    }
}

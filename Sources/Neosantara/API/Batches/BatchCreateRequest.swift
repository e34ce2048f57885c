/// The body of `POST /batches`: which uploaded file to run, against which endpoint, within which window.
public struct BatchCreateRequest: Codable, Hashable, Sendable {
    /// The id of an uploaded JSONL file of purpose ``FilePurpose/batch``.
    public var inputFileID: String
    /// The operation every line calls; each line's `url` must be this path.
    public var endpoint: BatchEndpoint
    /// How long the server has to finish.
    public var completionWindow: BatchCompletionWindow
    /// Up to 16 pairs of your own, keys at most 64 characters and values at most 512.
    public var metadata: [String: String]?

    /// Creates a request.
    public init(
        inputFileID: String,
        endpoint: BatchEndpoint,
        completionWindow: BatchCompletionWindow = .hours24,
        metadata: [String: String]? = nil
    ) {
        self.inputFileID = inputFileID
        self.endpoint = endpoint
        self.completionWindow = completionWindow
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case endpoint, metadata
        case inputFileID = "input_file_id"
        case completionWindow = "completion_window"
    }
}

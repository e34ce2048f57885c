/// What `POST /ocr` returns: the text read from the image, and every other field the server sent.
///
/// The spec names only the text; the rest — the model, a job id and status for an `async` request, the image
/// when `return_image` was set, whatever the model adds — is kept in ``fields`` as it came.
public struct OCRResponse: Codable, Hashable, Sendable {
    /// The text found in the image; `nil` while an `async` job is still running.
    public var extractedText: String?
    /// The model that read the image.
    public var model: String?
    /// The job's id, for an `async` request.
    public var id: String?
    /// The job's status, for an `async` request, such as `queued` or `completed`.
    public var status: String?
    /// The whole response body, the fields above included.
    public var fields: [String: JSONValue]

    /// Creates a response; ``fields`` gets the named fields too.
    public init(
        extractedText: String?, model: String? = nil, id: String? = nil, status: String? = nil,
        fields: [String: JSONValue] = [:]
    ) {
        var all = fields
        all["extracted_text"] = extractedText.map(JSONValue.string) ?? all["extracted_text"]
        all["model"] = model.map(JSONValue.string) ?? all["model"]
        all["id"] = id.map(JSONValue.string) ?? all["id"]
        all["status"] = status.map(JSONValue.string) ?? all["status"]
        self.extractedText = extractedText
        self.model = model
        self.id = id
        self.status = status
        self.fields = all
    }

    /// Decodes any JSON object, reading the named fields from it.
    public init(from decoder: any Decoder) throws {
        let fields = try [String: JSONValue](from: decoder)
        self.init(
            extractedText: fields["extracted_text"]?.stringValue, model: fields["model"]?.stringValue,
            id: fields["id"]?.stringValue, status: fields["status"]?.stringValue, fields: fields)
    }

    /// Encodes ``fields``.
    public func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
    }
}

/// One request of a batch, as a line of its JSONL input file:
/// `{"custom_id": …, "method": "POST", "url": "/v1/chat/completions", "body": {…}}`.
///
/// ```swift
/// let requests = tickets.map { ticket in
///     BatchRequest(
///         customID: ticket.id,
///         body: ChatCompletionsRequest(model: "nusantara-base", messages: [.user(ticket.text)]))
/// }
/// let input = try BatchInputWriter.write(requests, to: URL(fileURLWithPath: "requests.jsonl"))
/// ```
public struct BatchRequest: Sendable, Hashable {
    /// The request's body: what the line's `url` is called with.
    public enum Body: Sendable, Hashable {
        /// A chat completion, sent to ``BatchEndpoint/chatCompletions``.
        case chatCompletions(ChatCompletionsRequest)
        /// Embeddings, sent to ``BatchEndpoint/embeddings``.
        case embeddings(EmbeddingsRequest)

        /// The endpoint the body is sent to.
        public var endpoint: BatchEndpoint {
            switch self {
            case .chatCompletions: .chatCompletions
            case .embeddings: .embeddings
            }
        }
    }

    /// Your id for the request, unique within the batch; its result carries it back.
    public var customID: String
    /// The request's body.
    public var body: Body

    /// Creates a request.
    public init(customID: String, body: Body) {
        self.customID = customID
        self.body = body
    }

    /// Creates a chat completions request.
    public init(customID: String, body: ChatCompletionsRequest) {
        self.init(customID: customID, body: .chatCompletions(body))
    }

    /// Creates an embeddings request.
    public init(customID: String, body: EmbeddingsRequest) {
        self.init(customID: customID, body: .embeddings(body))
    }

    /// The endpoint the request is sent to, its line's `url`.
    public var endpoint: BatchEndpoint { body.endpoint }

    /// Checks the body as a live call would before sending it.
    func validate() throws(NeosantaraError) {
        switch body {
        case .chatCompletions(let request): try request.validate()
        case .embeddings(let request): try request.validate()
        }
    }
}

extension BatchRequest: Encodable {
    private enum CodingKeys: String, CodingKey {
        case customID = "custom_id"
        case method, url, body
    }

    /// Encodes the request as a line of the input file.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(customID, forKey: .customID)
        try container.encode("POST", forKey: .method)
        try container.encode(endpoint, forKey: .url)
        switch body {
        case .chatCompletions(let request): try container.encode(request, forKey: .body)
        case .embeddings(let request): try container.encode(request, forKey: .body)
        }
    }
}

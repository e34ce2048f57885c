/// A response of the Responses API: its status, output items and usage.
///
/// ```swift
/// let response = try await client.responses.create(model: "nusantara-base", input: "Tulis pantun tentang kopi")
/// print(response.outputText)
/// let next = try await client.responses.create(model: "nusantara-base", input: "Lagi!", previousResponseID: response.id)
/// ```
public struct Response: Hashable, Sendable, Identifiable {
    /// The response's id, such as `resp_…`.
    public var id: String
    /// `response`.
    public var object: String
    /// When it was created, in seconds since 1970.
    public var createdAt: Int?
    /// Where it is: `queued` and `in_progress` for a background response, then `completed`, `failed`,
    /// `cancelled` or `incomplete`.
    public var status: ResponseStatus?
    /// The model that answered.
    public var model: String?
    /// The output items: messages, reasoning, function calls and server tool calls.
    public var output: [ResponseOutputItem]
    /// Why it failed, when ``status`` is `failed`.
    public var error: ResponseError?
    /// Why it stopped early, when ``status`` is `incomplete`.
    public var incompleteDetails: IncompleteDetails?
    /// The tokens it used.
    public var usage: ResponseUsage?
    /// The instructions it was given.
    public var instructions: String?
    /// The response it continues.
    public var previousResponseID: String?
    /// Whether it ran in the background.
    public var background: Bool?
    /// Whether the server stores it.
    public var store: Bool?
    /// The key-value pairs stored with it.
    public var metadata: [String: String]?
    /// The most tokens it could generate.
    public var maxOutputTokens: Int?
    /// The sampling temperature it used.
    public var temperature: Double?
    /// The tools it could use.
    public var tools: [ResponseTool]?
    /// The format of its text.
    public var text: ResponseTextOptions?

    /// Creates a response.
    public init(
        id: String,
        createdAt: Int? = nil,
        status: ResponseStatus? = nil,
        model: String? = nil,
        output: [ResponseOutputItem] = [],
        error: ResponseError? = nil,
        incompleteDetails: IncompleteDetails? = nil,
        usage: ResponseUsage? = nil
    ) {
        self.id = id
        self.object = "response"
        self.createdAt = createdAt
        self.status = status
        self.model = model
        self.output = output
        self.error = error
        self.incompleteDetails = incompleteDetails
        self.usage = usage
    }

    /// The text of every `output_text` part of every message, joined.
    public var outputText: String {
        output.compactMap { item in
            guard case .message(let message) = item else { return nil }
            return message.text
        }.joined()
    }

    /// The function calls the model made.
    public var functionCalls: [ResponseFunctionCall] {
        output.compactMap { item in
            guard case .functionCall(let call) = item else { return nil }
            return call
        }
    }

    /// Why a response stopped early.
    public struct IncompleteDetails: Codable, Hashable, Sendable {
        /// A reason such as `max_output_tokens` or `content_filter`.
        public var reason: String?

        /// Creates incomplete details.
        public init(reason: String?) {
            self.reason = reason
        }
    }
}

extension Response: Codable {
    /// The members, in the order OpenAI writes them, so that the fast reader's search for a key ends early.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, object
        case createdAt = "created_at"
        case status, error
        case incompleteDetails = "incomplete_details"
        case instructions
        case maxOutputTokens = "max_output_tokens"
        case model, output
        case previousResponseID = "previous_response_id"
        case store, temperature, text, tools, usage, metadata, background
    }

    /// Decodes a response; a missing output is empty, and `created_at` may be fractional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object) ?? "response"
        createdAt = try container.decodeWholeNumberIfPresent(forKey: .createdAt)
        status = try container.decodeIfPresent(ResponseStatus.self, forKey: .status)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        output = try container.decodeIfPresent([ResponseOutputItem].self, forKey: .output) ?? []
        error = try container.decodeIfPresent(ResponseError.self, forKey: .error)
        incompleteDetails = try container.decodeIfPresent(IncompleteDetails.self, forKey: .incompleteDetails)
        usage = try container.decodeIfPresent(ResponseUsage.self, forKey: .usage)
        instructions = try container.decodeIfPresent(String.self, forKey: .instructions)
        previousResponseID = try container.decodeIfPresent(String.self, forKey: .previousResponseID)
        background = try container.decodeIfPresent(Bool.self, forKey: .background)
        store = try container.decodeIfPresent(Bool.self, forKey: .store)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
        maxOutputTokens = try container.decodeIfPresent(Int.self, forKey: .maxOutputTokens)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        tools = try container.decodeIfPresent([ResponseTool].self, forKey: .tools)
        text = try container.decodeIfPresent(ResponseTextOptions.self, forKey: .text)
    }

    /// Encodes the response; `error`, `incomplete_details` and `usage` are written as `null` when unset, as
    /// OpenAI writes them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(object, forKey: .object)
        try container.encodeIfPresent(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encode(output, forKey: .output)
        try container.encode(error, forKey: .error)
        try container.encode(incompleteDetails, forKey: .incompleteDetails)
        try container.encode(usage, forKey: .usage)
        try container.encodeIfPresent(instructions, forKey: .instructions)
        try container.encodeIfPresent(previousResponseID, forKey: .previousResponseID)
        try container.encodeIfPresent(background, forKey: .background)
        try container.encodeIfPresent(store, forKey: .store)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        try container.encodeIfPresent(maxOutputTokens, forKey: .maxOutputTokens)
        try container.encodeIfPresent(temperature, forKey: .temperature)
        try container.encodeIfPresent(tools, forKey: .tools)
        try container.encodeIfPresent(text, forKey: .text)
    }
}

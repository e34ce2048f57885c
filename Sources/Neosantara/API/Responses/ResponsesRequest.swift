/// The body of `POST /responses`: a model, its input, and how to answer.
///
/// ```swift
/// var request = ResponsesRequest(model: "nusantara-base", input: "Tulis pantun tentang kopi")
/// request.instructions = "Jawab dalam bahasa Indonesia."
/// request.maxOutputTokens = 200
/// let response = try await client.responses.create(request)
/// ```
///
/// Fields the SDK does not model go in ``extraBody`` and are sent at the top level of the JSON.
public struct ResponsesRequest: Hashable, Sendable {
    /// The model id.
    public var model: String
    /// The input: a string, or typed items.
    public var input: ResponseInput?
    /// A system (developer) message placed before the input; not carried over by ``previousResponseID``.
    public var instructions: String?
    /// The tools the model may use.
    public var tools: [ResponseTool]?
    /// Whether and which tools the model must use.
    public var toolChoice: ResponseToolChoice?
    /// Whether the model may call several tools at once.
    public var parallelToolCalls: Bool?
    /// The most tool calls in the response.
    public var maxToolCalls: Int?
    /// The format of the text: `text.format`.
    public var text: ResponseTextOptions?
    /// How a reasoning model thinks, and what it summarises.
    public var reasoning: ResponseReasoningOptions?
    /// The most tokens to generate, reasoning included.
    public var maxOutputTokens: Int?
    /// Sampling temperature, 0 to 2.
    public var temperature: Double?
    /// Nucleus sampling, 0 to 1.
    public var topP: Double?
    /// Whether the server stores the response, for ``previousResponseID`` and `retrieve`.
    public var store: Bool?
    /// Whether the response is generated in the background: `create` answers at once with a `queued` response.
    public var background: Bool?
    /// Whether the server streams events; ``Responses/stream(_:options:)`` sets it.
    public var stream: Bool?
    /// Up to 16 key-value pairs stored with the response.
    public var metadata: [String: String]?
    /// The response this one continues: the conversation so far is taken from it.
    public var previousResponseID: String?
    /// Extra output to include, such as ``ResponseInclude/reasoningEncryptedContent``.
    public var include: [ResponseInclude]?
    /// What the server does with a conversation longer than the context window.
    public var truncation: ResponseTruncation?
    /// An id for your end user, for abuse monitoring.
    public var user: String?
    /// Fields the SDK does not model, sent at the top level; they replace modelled fields of the same name.
    public var extraBody: [String: JSONValue]

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - input: The input: a string, or typed items.
    ///   - instructions: A system message placed before the input.
    ///   - previousResponseID: The response this one continues.
    ///   - tools: The tools the model may use.
    ///   - maxOutputTokens: The most tokens to generate.
    ///   - background: Whether to generate the response in the background.
    public init(
        model: String,
        input: ResponseInput? = nil,
        instructions: String? = nil,
        previousResponseID: String? = nil,
        tools: [ResponseTool]? = nil,
        maxOutputTokens: Int? = nil,
        background: Bool? = nil
    ) {
        self.model = model
        self.input = input
        self.instructions = instructions
        self.previousResponseID = previousResponseID
        self.tools = tools
        self.maxOutputTokens = maxOutputTokens
        self.background = background
        self.extraBody = [:]
    }
}

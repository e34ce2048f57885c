/// The body of `POST /chat/completions` and `POST /reasoning`.
///
/// Only ``model`` and ``messages`` are required; every other field is left out of the request when `nil`,
/// so the server's default applies.
///
/// ```swift
/// var request = ChatCompletionsRequest(model: "nusantara-base", messages: [.user("Halo!")])
/// request.temperature = 0.2
/// request.extraBody["web_search"] = true   // a field the SDK does not model
/// ```
public struct ChatCompletionsRequest: Hashable, Sendable {
    /// The model id, for example `"nusantara-base"`.
    public var model: String
    /// The conversation so far; at least one message.
    public var messages: [ChatMessage]
    /// Sampling temperature, 0 to 2: higher is more random.
    public var temperature: Double?
    /// Nucleus sampling, 0 to 1: the probability mass to sample from.
    public var topP: Double?
    /// How many choices to generate, 1 to 128.
    public var n: Int?
    /// Where the model stops.
    public var stop: StopSequences?
    /// The most tokens to generate (older name; see ``maxCompletionTokens``).
    public var maxTokens: Int?
    /// The most tokens to generate, reasoning included.
    public var maxCompletionTokens: Int?
    /// Whether the answer is streamed as server-sent events.
    public var stream: Bool?
    /// Options for a streamed answer.
    public var streamOptions: StreamOptions?
    /// Penalty for tokens already present, −2 to 2.
    public var presencePenalty: Double?
    /// Penalty for tokens by how often they appear, −2 to 2.
    public var frequencyPenalty: Double?
    /// A seed for best-effort deterministic sampling.
    public var seed: Int?
    /// An id for the end user, for abuse monitoring.
    public var user: String?
    /// Whether to return log probabilities of the output tokens.
    public var logprobs: Bool?
    /// How many most likely tokens to return at each position, 0 to 20; needs ``logprobs``.
    public var topLogprobs: Int?
    /// Biases for token ids (as strings), −100 to 100.
    public var logitBias: [String: Int]?
    /// The format of the answer: text, any JSON object, or JSON that matches a schema.
    public var responseFormat: ResponseFormat?
    /// The tools the model may call.
    public var tools: [Tool]?
    /// Whether and which tools the model must call.
    public var toolChoice: ToolChoice?
    /// Whether the model may call several tools in one turn.
    public var parallelToolCalls: Bool?
    /// How hard a reasoning model thinks.
    public var reasoningEffort: ReasoningEffort?
    /// The gateway's unified reasoning settings.
    public var reasoning: ReasoningOptions?
    /// Key-value pairs stored with the request.
    public var metadata: [String: String]?
    /// Sample only from the `k` most likely tokens (gateway extra).
    public var topK: Int?
    /// Minimum probability relative to the most likely token, 0 to 1 (gateway extra).
    public var minP: Double?
    /// Penalty for repeated tokens, 0 to 3 (gateway extra).
    public var repetitionPenalty: Double?
    /// Fields the SDK does not model, sent at the top level of the body.
    ///
    /// An extra field with the name of a modelled field replaces it. Decoding a request puts every
    /// unknown key here, so nothing is lost in a round trip.
    public var extraBody: [String: JSONValue]

    /// Creates a request.
    public init(
        model: String,
        messages: [ChatMessage],
        temperature: Double? = nil,
        topP: Double? = nil,
        n: Int? = nil,
        stop: StopSequences? = nil,
        maxTokens: Int? = nil,
        maxCompletionTokens: Int? = nil,
        stream: Bool? = nil,
        streamOptions: StreamOptions? = nil,
        presencePenalty: Double? = nil,
        frequencyPenalty: Double? = nil,
        seed: Int? = nil,
        user: String? = nil,
        logprobs: Bool? = nil,
        topLogprobs: Int? = nil,
        logitBias: [String: Int]? = nil,
        responseFormat: ResponseFormat? = nil,
        tools: [Tool]? = nil,
        toolChoice: ToolChoice? = nil,
        parallelToolCalls: Bool? = nil,
        reasoningEffort: ReasoningEffort? = nil,
        reasoning: ReasoningOptions? = nil,
        metadata: [String: String]? = nil,
        topK: Int? = nil,
        minP: Double? = nil,
        repetitionPenalty: Double? = nil,
        extraBody: [String: JSONValue] = [:]
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.topP = topP
        self.n = n
        self.stop = stop
        self.maxTokens = maxTokens
        self.maxCompletionTokens = maxCompletionTokens
        self.stream = stream
        self.streamOptions = streamOptions
        self.presencePenalty = presencePenalty
        self.frequencyPenalty = frequencyPenalty
        self.seed = seed
        self.user = user
        self.logprobs = logprobs
        self.topLogprobs = topLogprobs
        self.logitBias = logitBias
        self.responseFormat = responseFormat
        self.tools = tools
        self.toolChoice = toolChoice
        self.parallelToolCalls = parallelToolCalls
        self.reasoningEffort = reasoningEffort
        self.reasoning = reasoning
        self.metadata = metadata
        self.topK = topK
        self.minP = minP
        self.repetitionPenalty = repetitionPenalty
        self.extraBody = extraBody
    }
}

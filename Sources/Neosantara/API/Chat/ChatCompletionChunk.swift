/// One server-sent event of a streamed chat completion (`object: "chat.completion.chunk"`).
///
/// With `stream_options.include_usage`, the last chunk carries ``usage`` and an empty ``choices``.
public struct ChatCompletionChunk: Codable, Hashable, Sendable {
    /// The completion's id; the same on every chunk of a stream.
    public var id: String?
    /// The object type, `"chat.completion.chunk"`.
    public var object: String?
    /// When the completion was created, in seconds since 1970.
    public var created: Int?
    /// The model that produces the completion.
    public var model: String?
    /// The new pieces of each choice.
    public var choices: [Choice]
    /// Token counts, on the last chunk when the request asked for them.
    public var usage: Usage?
    /// The gateway's information about the request (`_metadata` on the wire).
    public var metadata: Metadata?
    /// The provider's backend configuration fingerprint, when it sends one.
    public var systemFingerprint: String?
    /// The service tier that processes the request, when the provider says.
    public var serviceTier: String?

    /// Creates a chunk.
    public init(
        id: String? = nil,
        object: String? = "chat.completion.chunk",
        created: Int? = nil,
        model: String? = nil,
        choices: [Choice] = [],
        usage: Usage? = nil,
        metadata: Metadata? = nil,
        systemFingerprint: String? = nil,
        serviceTier: String? = nil
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.metadata = metadata
        self.systemFingerprint = systemFingerprint
        self.serviceTier = serviceTier
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created, model, choices, usage
        case metadata = "_metadata"
        case systemFingerprint = "system_fingerprint"
        case serviceTier = "service_tier"
    }

    /// Decodes a chunk; a missing `choices` array reads as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        created = try container.decodeIfPresent(Int.self, forKey: .created)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        choices = try container.decodeIfPresent([Choice].self, forKey: .choices) ?? []
        usage = try container.decodeIfPresent(Usage.self, forKey: .usage)
        metadata = try container.decodeIfPresent(Metadata.self, forKey: .metadata)
        systemFingerprint = try container.decodeIfPresent(String.self, forKey: .systemFingerprint)
        serviceTier = try container.decodeIfPresent(String.self, forKey: .serviceTier)
    }

    /// The new piece of one choice.
    public struct Choice: Codable, Hashable, Sendable {
        /// The choice's position, from 0.
        public var index: Int
        /// What this chunk adds to the choice's message.
        public var delta: Delta
        /// Why the model stopped, on the choice's last chunk.
        public var finishReason: FinishReason?
        /// Log probabilities of this piece, as the provider sent them.
        public var logprobs: JSONValue?

        /// Creates a choice piece.
        public init(index: Int = 0, delta: Delta, finishReason: FinishReason? = nil, logprobs: JSONValue? = nil) {
            self.index = index
            self.delta = delta
            self.finishReason = finishReason
            self.logprobs = logprobs
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case index, delta, logprobs
            case finishReason = "finish_reason"
        }

        /// Decodes a choice piece; a missing index reads as 0 and a missing delta as empty.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
            delta = try container.decodeIfPresent(Delta.self, forKey: .delta) ?? Delta()
            finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
            logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
        }
    }

    /// What one chunk adds to a message.
    public struct Delta: Codable, Hashable, Sendable {
        /// The author, on the first chunk.
        public var role: Role?
        /// More answer text.
        public var content: String?
        /// More reasoning text.
        public var reasoningContent: String?
        /// Pieces of tool calls, joined by ``ToolCallDelta/index``.
        public var toolCalls: [ToolCallDelta]?
        /// More refusal text.
        public var refusal: String?

        /// Creates a delta.
        public init(
            role: Role? = nil,
            content: String? = nil,
            reasoningContent: String? = nil,
            toolCalls: [ToolCallDelta]? = nil,
            refusal: String? = nil
        ) {
            self.role = role
            self.content = content
            self.reasoningContent = reasoningContent
            self.toolCalls = toolCalls
            self.refusal = refusal
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case role, content, refusal
            case reasoningContent = "reasoning_content"
            case toolCalls = "tool_calls"
        }
    }

    /// A piece of a tool call: the first piece has the id and name, later ones more of the arguments.
    public struct ToolCallDelta: Codable, Hashable, Sendable {
        /// Which tool call of the message this piece belongs to; some providers leave it out.
        public var index: Int?
        /// The call's id, on its first piece.
        public var id: String?
        /// The kind of tool, on its first piece.
        public var type: ToolType?
        /// The function name and a fragment of the arguments.
        public var function: FunctionDelta?

        /// Creates a tool-call piece.
        public init(index: Int? = nil, id: String? = nil, type: ToolType? = nil, function: FunctionDelta? = nil) {
            self.index = index
            self.id = id
            self.type = type
            self.function = function
        }

        /// A function name and a fragment of its arguments.
        public struct FunctionDelta: Codable, Hashable, Sendable {
            /// The function's name, on the first piece.
            public var name: String?
            /// The next fragment of the arguments' JSON text.
            public var arguments: String?

            /// Creates a function piece.
            public init(name: String? = nil, arguments: String? = nil) {
                self.name = name
                self.arguments = arguments
            }
        }
    }
}

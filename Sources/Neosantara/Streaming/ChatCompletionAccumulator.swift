/// Joins the chunks of a streamed chat completion into the ``ChatCompletionsResponse`` a plain call returns.
///
/// Text and reasoning text are joined per choice; tool-call pieces are joined by their `index`, or by their
/// `id` when a provider leaves the index out or repeats it; the last finish reason, usage and metadata win.
///
/// ```swift
/// var accumulator = ChatCompletionAccumulator()
/// for try await chunk in stream {
///     accumulator.add(chunk)
/// }
/// print(accumulator.response.choices.first?.message.content ?? "")
/// ```
///
/// ``ChatCompletionStream`` keeps one itself: see ``ChatCompletionStream/currentResponse`` and
/// ``ChatCompletionStream/finalResponse()``.
public struct ChatCompletionAccumulator: Hashable, Sendable {
    private var id: String?
    private var created: Int?
    private var model: String?
    private var usage: Usage?
    private var metadata: Metadata?
    private var systemFingerprint: String?
    private var serviceTier: String?
    /// The choices seen so far, in order of their index.
    private var choices: [ChoiceBuilder] = []

    /// How many chunks were added.
    public private(set) var chunkCount = 0

    /// Creates an empty accumulator.
    public init() {}

    /// Adds the next chunk of the stream.
    public mutating func add(_ chunk: ChatCompletionChunk) {
        chunkCount += 1
        id = chunk.id ?? id
        created = chunk.created ?? created
        model = chunk.model ?? model
        usage = chunk.usage ?? usage
        metadata = chunk.metadata ?? metadata
        systemFingerprint = chunk.systemFingerprint ?? systemFingerprint
        serviceTier = chunk.serviceTier ?? serviceTier
        for piece in chunk.choices {
            let position: Int
            if let found = choices.firstIndex(where: { $0.index == piece.index }) {
                position = found
            } else {
                position = choices.firstIndex(where: { $0.index > piece.index }) ?? choices.endIndex
                choices.insert(ChoiceBuilder(index: piece.index), at: position)
            }
            choices[position].add(piece)
        }
    }

    /// The completion the chunks added so far amount to.
    public var response: ChatCompletionsResponse {
        ChatCompletionsResponse(
            id: id, object: "chat.completion", created: created, model: model, choices: choices.map(\.choice),
            usage: usage, metadata: metadata, systemFingerprint: systemFingerprint, serviceTier: serviceTier)
    }

    /// Whether at least one choice was seen and every choice seen has a finish reason.
    var everyChoiceFinished: Bool {
        !choices.isEmpty && choices.allSatisfy { $0.finishReason != nil }
    }

    /// One choice being joined.
    private struct ChoiceBuilder: Hashable, Sendable {
        let index: Int
        var role: Role?
        var content: String?
        var reasoningContent: String?
        var refusal: String?
        var toolCalls: [ToolCallBuilder] = []
        /// The tool call the last piece went to, for pieces with neither index nor id.
        var lastToolCall: Int?
        var finishReason: FinishReason?
        var logprobs: JSONValue?

        init(index: Int) {
            self.index = index
        }

        mutating func add(_ piece: ChatCompletionChunk.Choice) {
            let delta = piece.delta
            role = role ?? delta.role
            Self.append(delta.content, to: &content)
            Self.append(delta.reasoningContent, to: &reasoningContent)
            Self.append(delta.refusal, to: &refusal)
            for toolCall in delta.toolCalls ?? [] {
                add(toolCall)
            }
            finishReason = piece.finishReason ?? finishReason
            if let pieceLogprobs = piece.logprobs, !pieceLogprobs.isNull {
                logprobs = Self.merge(logprobs, pieceLogprobs)
            }
        }

        /// Joins a tool-call piece: by id when it has one, else by index, else to the last call.
        private mutating func add(_ piece: ChatCompletionChunk.ToolCallDelta) {
            let position: Int
            if let id = piece.id, !id.isEmpty {
                if let found = toolCalls.firstIndex(where: { $0.id == id }) {
                    position = found
                } else if let index = piece.index,
                    let found = toolCalls.lastIndex(where: { $0.index == index && $0.id == nil })
                {
                    position = found
                } else {
                    position = toolCalls.endIndex
                    toolCalls.append(ToolCallBuilder(index: piece.index))
                }
            } else if let index = piece.index, let found = toolCalls.lastIndex(where: { $0.index == index }) {
                position = found
            } else if piece.index == nil, let lastToolCall {
                position = lastToolCall
            } else {
                position = toolCalls.endIndex
                toolCalls.append(ToolCallBuilder(index: piece.index))
            }
            toolCalls[position].add(piece)
            lastToolCall = position
        }

        var choice: ChatCompletionChoice {
            ChatCompletionChoice(
                index: index,
                message: ChatCompletionMessage(
                    role: role ?? .assistant, content: content, reasoningContent: reasoningContent,
                    toolCalls: toolCalls.isEmpty ? nil : toolCalls.map(\.toolCall), refusal: refusal),
                finishReason: finishReason, logprobs: logprobs)
        }

        private static func append(_ piece: String?, to text: inout String?) {
            guard let piece else { return }
            if text == nil {
                text = piece
            } else {
                text!.append(piece)
            }
        }

        /// Joins the log probabilities of two pieces: arrays under the same key are concatenated.
        private static func merge(_ old: JSONValue?, _ new: JSONValue) -> JSONValue {
            guard let oldObject = old?.objectValue, let newObject = new.objectValue else { return new }
            var merged = oldObject
            for (key, value) in newObject {
                if let oldArray = oldObject[key]?.arrayValue, let newArray = value.arrayValue {
                    merged[key] = .array(oldArray + newArray)
                } else if !value.isNull || merged[key] == nil {
                    merged[key] = value
                }
            }
            return .object(merged)
        }
    }

    /// One tool call being joined.
    private struct ToolCallBuilder: Hashable, Sendable {
        let index: Int?
        var id: String?
        var type: ToolType?
        var name = ""
        var arguments = ""

        init(index: Int?) {
            self.index = index
        }

        mutating func add(_ piece: ChatCompletionChunk.ToolCallDelta) {
            if let pieceID = piece.id, !pieceID.isEmpty {
                id = pieceID
            }
            type = type ?? piece.type
            if name.isEmpty, let pieceName = piece.function?.name {
                name = pieceName
            }
            arguments += piece.function?.arguments ?? ""
        }

        var toolCall: ToolCall {
            ToolCall(id: id ?? "", type: type ?? .function, function: .init(name: name, arguments: arguments))
        }
    }
}

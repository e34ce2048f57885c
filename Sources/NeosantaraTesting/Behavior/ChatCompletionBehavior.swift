import HTTPTypes
import Neosantara

/// The default answer to `POST /v1/chat/completions` and `POST /v1/reasoning`.
///
/// The reply is `"Echo: "` followed by the text of the last `user` or `tool` message. A request with
/// function tools, whose `tool_choice` is not `"none"` and whose last message is not a tool result, gets a
/// call of the named function (`tool_choice: {"type":"function",…}`) or of the first function tool instead,
/// with arguments built from its parameter schema. Reasoning (the `/reasoning` endpoint, or a chat request
/// with `reasoning_effort` other than `none` or `reasoning.enabled`) adds `reasoning_content`:
/// `"Reasoning about: "` and the same text. A token is a word; `max_tokens` and `max_completion_tokens` cut
/// the reasoning and the answer to that many words, with `finish_reason: "length"`.
struct ChatCompletionBehavior {
    static let echoPrefix = "Echo: "
    static let reasoningPrefix = "Reasoning about: "
    /// The most characters of tool-call arguments in one stream event.
    static let argumentsPieceLength = 8

    let request: ChatCompletionsRequest
    let forcesReasoning: Bool
    let context: ReplyContext
    /// What the model says.
    private(set) var answer = Answer(finishReason: .stop, completionTokens: 0)

    /// Prepares the answer to `request`; `forcesReasoning` is set for the `/reasoning` endpoint.
    init(request: ChatCompletionsRequest, forcesReasoning: Bool, context: ReplyContext) {
        self.request = request
        self.forcesReasoning = forcesReasoning
        self.context = context
        answer = makeAnswer()
    }

    /// What the model says in every choice.
    struct Answer {
        var reasoningPieces: [String]?
        var contentPieces: [String]?
        var toolCall: ToolCall.FunctionCall?
        var finishReason: FinishReason
        var completionTokens: Int
    }

    /// The reply: a completion, or a stream of chunks when the request asked for one.
    func reply() -> Reply {
        request.stream == true ? streamReply() : context.json(completion())
    }

    // MARK: The answer

    private func makeAnswer() -> Answer {
        let text = lastText
        if let function = calledFunction {
            let arguments = SchemaInstanceGenerator(root: function.parameters ?? ["type": "object"]).instance()
            let argumentsText = arguments.objectValue == nil ? "{}" : WireJSON.text(arguments)
            return Answer(
                toolCall: .init(name: function.name, arguments: argumentsText), finishReason: .toolCalls,
                completionTokens: WordPieces.count(function.name + " " + argumentsText))
        }
        var reasoning = includesReasoning ? WordPieces.split(Self.reasoningPrefix + text) : nil
        var content = WordPieces.split(Self.echoPrefix + text)
        var finishReason = FinishReason.stop
        if let limit = request.maxCompletionTokens ?? request.maxTokens,
            (reasoning?.count ?? 0) + content.count > limit
        {
            reasoning = reasoning.map { Array($0.prefix(limit)) }
            content = Array(content.prefix(max(0, limit - (reasoning?.count ?? 0))))
            finishReason = .length
        }
        return Answer(
            reasoningPieces: reasoning, contentPieces: content, finishReason: finishReason,
            completionTokens: (reasoning?.count ?? 0) + content.count)
    }

    /// The text of the last `user` or `tool` message.
    private var lastText: String {
        request.messages.last { $0.role == .user || $0.role == .tool }?.content?.text ?? ""
    }

    private var includesReasoning: Bool {
        if forcesReasoning { return true }
        if let effort = request.reasoningEffort ?? request.reasoning?.effort, effort != .none { return true }
        return request.reasoning?.enabled == true
    }

    /// The function the model calls, if it calls one.
    private var calledFunction: FunctionDefinition? {
        guard request.messages.last?.role != .tool else { return nil }
        let functions = (request.tools ?? []).compactMap { tool -> FunctionDefinition? in
            if case .function(let function) = tool { return function }
            return nil
        }
        switch request.toolChoice {
        case .mode("none")?: return nil
        case .function(let name)?: return functions.first { $0.name == name } ?? functions.first
        default: return functions.first
        }
    }

    private var usage: Usage {
        let choices = request.n ?? 1
        let prompt = request.messages.reduce(0) { $0 + WordPieces.count($1.content?.text ?? "") }
        let completion = answer.completionTokens * choices
        let reasoning = (answer.reasoningPieces?.count ?? 0) * choices
        return Usage(
            promptTokens: prompt, completionTokens: completion, totalTokens: prompt + completion,
            completionTokensDetails: answer.reasoningPieces == nil ? nil : .init(reasoningTokens: reasoning))
    }

    private var completionID: String { "chatcmpl-test-\(context.sequence)" }

    private func toolCallID(choice: Int) -> String { "call_test_\(context.sequence)_\(choice)" }

    // MARK: A completion

    func completion() -> ChatCompletionsResponse {
        let choices = (0..<(request.n ?? 1)).map { index in
            ChatCompletionChoice(
                index: index,
                message: ChatCompletionMessage(
                    content: answer.contentPieces?.joined(),
                    reasoningContent: answer.reasoningPieces?.joined(),
                    toolCalls: answer.toolCall.map { [ToolCall(id: toolCallID(choice: index), function: $0)] }),
                finishReason: answer.finishReason)
        }
        return ChatCompletionsResponse(
            id: completionID, created: context.created, model: request.model, choices: choices, usage: usage,
            metadata: context.metadata)
    }

    // MARK: A stream

    /// The chunks of the stream, without `[DONE]`.
    func chunks() -> [ChatCompletionChunk] {
        var chunks: [ChatCompletionChunk] = []
        func add(_ index: Int, _ delta: ChatCompletionChunk.Delta, _ finishReason: FinishReason? = nil) {
            chunks.append(
                ChatCompletionChunk(
                    id: completionID, created: context.created, model: request.model,
                    choices: [.init(index: index, delta: delta, finishReason: finishReason)]))
        }
        for index in 0..<(request.n ?? 1) {
            add(index, .init(role: .assistant, content: answer.toolCall == nil ? "" : nil))
            for piece in answer.reasoningPieces ?? [] {
                add(index, .init(reasoningContent: piece))
            }
            for piece in answer.contentPieces ?? [] {
                add(index, .init(content: piece))
            }
            if let call = answer.toolCall {
                add(
                    index,
                    .init(toolCalls: [
                        .init(
                            index: 0, id: toolCallID(choice: index), type: .function, function: .init(name: call.name))
                    ]))
                for piece in Self.pieces(of: call.arguments) {
                    add(index, .init(toolCalls: [.init(index: 0, function: .init(arguments: piece))]))
                }
            }
            add(index, .init(), answer.finishReason)
        }
        if request.streamOptions?.includeUsage == true {
            chunks.append(
                ChatCompletionChunk(
                    id: completionID, created: context.created, model: request.model, choices: [], usage: usage))
        }
        return chunks
    }

    private func streamReply() -> Reply {
        do {
            let events = try chunks().map(ServerSentEvents.frame) + [ServerSentEvents.done]
            return .eventStream(events, headers: context.headers)
        } catch {
            return APIErrorReply.reply(.internalServerError, APIError(message: "A chunk did not encode: \(error)"))
        }
    }

    /// `text` in pieces of at most ``argumentsPieceLength`` characters.
    static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(argumentsPieceLength)))
            rest = rest.dropFirst(argumentsPieceLength)
        }
        return pieces
    }
}

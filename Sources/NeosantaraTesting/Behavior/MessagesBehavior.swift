import HTTPTypes
import Neosantara

/// The default answer to `POST /anthropic/v1/messages`, and the count of `POST …/messages/count_tokens`.
///
/// The reply is a text block of `"Echo: "` followed by the text of the last `user` message. A request with
/// custom tools, whose `tool_choice` is not `none` and whose last message holds no `tool_result`, gets a
/// `tool_use` block instead: of the named tool (`tool_choice: {"type": "tool", …}`) or the first, with an
/// input built from its `input_schema`, and `stop_reason: "tool_use"`. Thinking (`enabled` or `adaptive`)
/// adds a `thinking` block first: `"Reasoning about: "` and the same text, signed `sig_test_<n>`. A token is a
/// word; `max_tokens` cuts the thinking and the text to that many words, with `stop_reason: "max_tokens"`.
///
/// A stream sends `message_start`, a `ping`, each block's `content_block_start`, deltas (`thinking_delta`
/// and `signature_delta`, `text_delta` word by word, `input_json_delta` in pieces of 8 characters) and
/// `content_block_stop`, another `ping`, then `message_delta` and `message_stop`.
struct MessagesBehavior {
    static let echoPrefix = "Echo: "
    static let reasoningPrefix = "Reasoning about: "

    let request: MessagesRequest
    let context: ReplyContext

    /// The reply: a message, or a stream of events when the request asked for one.
    func reply() -> Reply {
        request.stream == true ? streamReply() : context.json(message())
    }

    /// The input tokens of a request's prompt: the words of its messages, system prompt and tool names.
    static func inputTokens(of request: MessagesRequest) -> Int {
        let messages = request.messages.reduce(0) { $0 + WordPieces.count($1.content.text) }
        let tools = (request.tools ?? []).reduce(0) { $0 + WordPieces.count($1.name ?? "") }
        return messages + WordPieces.count(request.system?.text ?? "") + tools
    }

    // MARK: The answer

    /// What the model says: its blocks, each as the pieces a stream sends, and why it stopped.
    struct Answer {
        var thinking: [String]?
        var text: [String]?
        var toolUse: ToolUseBlock?
        var stopReason: StopReason
        var outputTokens: Int
    }

    private var answer: Answer {
        let text = request.messages.last { $0.role == .user }?.content.text ?? ""
        if let tool = calledTool {
            let input = SchemaInstanceGenerator(root: tool.inputSchema).instance()
            let block = ToolUseBlock(
                id: "toolu_test_\(context.sequence)", name: tool.name,
                input: input.objectValue == nil ? [:] : input)
            return Answer(
                toolUse: block, stopReason: .toolUse,
                outputTokens: WordPieces.count(tool.name + " " + WireJSON.text(block.input)))
        }
        var thinking = thinks ? WordPieces.split(Self.reasoningPrefix + text) : nil
        var content = WordPieces.split(Self.echoPrefix + text)
        var stopReason = StopReason.endTurn
        let limit = request.maxTokens
        if (thinking?.count ?? 0) + content.count > limit {
            thinking = thinking.map { Array($0.prefix(limit)) }
            content = Array(content.prefix(max(0, limit - (thinking?.count ?? 0))))
            stopReason = .maxTokens
        }
        return Answer(
            thinking: thinking, text: content, stopReason: stopReason,
            outputTokens: (thinking?.count ?? 0) + content.count)
    }

    private var thinks: Bool {
        guard let type = request.thinking?.type else { return false }
        return type == .enabled || type == .adaptive
    }

    /// The custom tool the model calls, if it calls one.
    private var calledTool: CustomTool? {
        let answersTool = request.messages.last?.content.blocks.contains {
            if case .toolResult = $0 { return true }
            return false
        }
        guard answersTool != true, request.toolChoice?.type != MessageToolChoice.Mode.none else { return nil }
        let tools = (request.tools ?? []).compactMap { tool -> CustomTool? in
            if case .custom(let custom) = tool { return custom }
            return nil
        }
        if request.toolChoice?.type == .tool, let name = request.toolChoice?.name {
            return tools.first { $0.name == name } ?? tools.first
        }
        return tools.first
    }

    private var messageID: String { "msg_test_\(context.sequence)" }
    private var signature: String { "sig_test_\(context.sequence)" }

    private func usage(outputTokens: Int) -> MessageUsage {
        MessageUsage(
            inputTokens: Self.inputTokens(of: request), outputTokens: outputTokens, cacheCreationInputTokens: 0,
            cacheReadInputTokens: 0)
    }

    // MARK: A message

    /// The answer as one message.
    func message() -> Message {
        let answer = answer
        var content: [ContentBlock] = []
        if let thinking = answer.thinking {
            content.append(.thinking(ThinkingBlock(thinking: thinking.joined(), signature: signature)))
        }
        if let text = answer.text {
            content.append(.text(TextBlock(text.joined())))
        }
        if let toolUse = answer.toolUse {
            content.append(.toolUse(toolUse))
        }
        return Message(
            id: messageID, content: content, model: request.model, stopReason: answer.stopReason,
            usage: usage(outputTokens: answer.outputTokens))
    }

    // MARK: A stream

    /// The events of the stream, in order.
    func events() -> [MessageStreamEvent] {
        let answer = answer
        var start = message()
        start.content = []
        start.stopReason = nil
        start.usage.outputTokens = 1
        var events: [MessageStreamEvent] = [.messageStart(start), .ping]
        var index = 0
        func block(_ first: ContentBlock, _ deltas: [ContentBlockDelta]) {
            events.append(.contentBlockStart(index: index, block: first))
            events += deltas.map { .contentBlockDelta(index: index, delta: $0) }
            events.append(.contentBlockStop(index: index))
            index += 1
        }
        if let thinking = answer.thinking {
            block(
                .thinking(ThinkingBlock(thinking: "")),
                thinking.map(ContentBlockDelta.thinking) + [.signature(signature)])
        }
        if let text = answer.text {
            block(.text(TextBlock("")), text.map(ContentBlockDelta.text))
        }
        if let toolUse = answer.toolUse {
            var empty = toolUse
            empty.input = [:]
            block(
                .toolUse(empty),
                ChatCompletionBehavior.pieces(of: WireJSON.text(toolUse.input)).map(ContentBlockDelta.inputJSON))
        }
        events.append(.ping)
        events.append(
            .messageDelta(MessageDelta(stopReason: answer.stopReason, usage: .init(outputTokens: answer.outputTokens))))
        events.append(.messageStop)
        return events
    }

    private func streamReply() -> Reply {
        do {
            return .eventStream(
                try events().map { try ServerSentEvents.frame(event: $0.type, $0) }, headers: context.headers)
        } catch {
            return APIErrorReply.reply(.internalServerError, APIError(message: "An event did not encode: \(error)"))
        }
    }
}

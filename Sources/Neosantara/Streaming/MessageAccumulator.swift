import Foundation

/// What the events of a Messages stream add up to: the message as a plain call returns it, with each tool
/// call's input parsed from its JSON pieces once its block is complete.
struct MessageAccumulator: Sendable {
    /// The message so far: empty until `message_start`.
    private(set) var message = Message(
        id: nil, content: [], model: nil, stopReason: nil, usage: MessageUsage(inputTokens: 0, outputTokens: 0))
    /// Whether `message_stop` arrived.
    private(set) var stopped = false
    /// The JSON text of each tool call's input so far, by block index.
    private var partialInputs: [Int: String] = [:]

    /// Adds one event.
    mutating func add(_ event: MessageStreamEvent) {
        switch event {
        case .messageStart(let start):
            message = start
        case .contentBlockStart(let index, let block):
            // A negative index names no block (it used to trap here).
            if message.content.indices.contains(index) {
                message.content[index] = block
            } else if index >= 0 {
                message.content.append(block)
            }
        case .contentBlockDelta(let index, let delta):
            apply(delta, at: index)
        case .contentBlockStop(let index):
            finishInput(at: index)
        case .messageDelta(let delta):
            apply(delta)
        case .messageStop:
            stopped = true
        case .ping, .other:
            break
        }
    }

    private mutating func apply(_ delta: ContentBlockDelta, at index: Int) {
        guard message.content.indices.contains(index) else { return }
        switch (message.content[index], delta) {
        case (.text(var block), .text(let text)):
            block.text += text
            message.content[index] = .text(block)
        case (.text(var block), .citation(let citation)):
            block.citations = (block.citations ?? []) + [citation]
            message.content[index] = .text(block)
        case (.thinking(var block), .thinking(let thinking)):
            block.thinking += thinking
            message.content[index] = .thinking(block)
        case (.thinking(var block), .signature(let signature)):
            block.signature = signature
            message.content[index] = .thinking(block)
        case (_, .inputJSON(let json)):
            partialInputs[index, default: ""] += json
        default:
            break
        }
    }

    /// Parses the input of the tool call at `index` from its pieces: an object when they make one, else the
    /// text as it arrived, so that nothing is lost.
    private mutating func finishInput(at index: Int) {
        guard let json = partialInputs.removeValue(forKey: index), message.content.indices.contains(index) else {
            return
        }
        guard !json.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        let input = (try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))) ?? .string(json)
        switch message.content[index] {
        case .toolUse(var block):
            block.input = input
            message.content[index] = .toolUse(block)
        case .other(var value):
            // A server tool's call (`server_tool_use`, `mcp_tool_use`) streams its input the same way.
            if case .object(var object) = value {
                object["input"] = input
                value = .object(object)
            }
            message.content[index] = .other(value)
        default:
            break
        }
    }

    private mutating func apply(_ delta: MessageDelta) {
        message.stopReason = delta.stopReason ?? message.stopReason
        message.stopSequence = delta.stopSequence ?? message.stopSequence
        let usage = delta.usage
        if let outputTokens = usage.outputTokens { message.usage.outputTokens = outputTokens }
        if let inputTokens = usage.inputTokens { message.usage.inputTokens = inputTokens }
        if let created = usage.cacheCreationInputTokens { message.usage.cacheCreationInputTokens = created }
        if let read = usage.cacheReadInputTokens { message.usage.cacheReadInputTokens = read }
        message.usage.other.merge(usage.other) { _, new in new }
    }
}

extension MessageStreamEvent: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, message, index, delta, usage
        case contentBlock = "content_block"
    }

    private enum DeltaKeys: String, CodingKey {
        case stopReason = "stop_reason"
        case stopSequence = "stop_sequence"
    }

    /// Decodes an event by its `type`; an unknown type is kept as ``other(type:_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "message_start":
            self = .messageStart(try container.decode(Message.self, forKey: .message))
        case "content_block_start":
            self = .contentBlockStart(
                index: try container.decode(Int.self, forKey: .index),
                block: try container.decode(ContentBlock.self, forKey: .contentBlock))
        case "content_block_delta":
            self = .contentBlockDelta(
                index: try container.decode(Int.self, forKey: .index),
                delta: try container.decode(ContentBlockDelta.self, forKey: .delta))
        case "content_block_stop":
            self = .contentBlockStop(index: try container.decode(Int.self, forKey: .index))
        case "message_delta":
            let delta = try container.nestedContainer(keyedBy: DeltaKeys.self, forKey: .delta)
            self = .messageDelta(
                MessageDelta(
                    stopReason: try delta.decodeIfPresent(StopReason.self, forKey: .stopReason),
                    stopSequence: try delta.decodeIfPresent(String.self, forKey: .stopSequence),
                    usage: try container.decodeIfPresent(MessageDelta.Usage.self, forKey: .usage)
                        ?? MessageDelta.Usage(outputTokens: nil)))
        case "message_stop":
            self = .messageStop
        case "ping":
            self = .ping
        default:
            self = .other(type: type, try JSONValue(from: decoder))
        }
    }

    /// Encodes the event as the API writes it in a `data:` line.
    public func encode(to encoder: any Encoder) throws {
        if case .other(_, let value) = self {
            return try value.encode(to: encoder)
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .messageStart(let message):
            try container.encode(message, forKey: .message)
        case .contentBlockStart(let index, let block):
            try container.encode(index, forKey: .index)
            try container.encode(block, forKey: .contentBlock)
        case .contentBlockDelta(let index, let delta):
            try container.encode(index, forKey: .index)
            try container.encode(delta, forKey: .delta)
        case .contentBlockStop(let index):
            try container.encode(index, forKey: .index)
        case .messageDelta(let delta):
            var nested = container.nestedContainer(keyedBy: DeltaKeys.self, forKey: .delta)
            try nested.encode(delta.stopReason, forKey: .stopReason)
            try nested.encode(delta.stopSequence, forKey: .stopSequence)
            try container.encode(delta.usage, forKey: .usage)
        case .messageStop, .ping, .other:
            break
        }
    }
}

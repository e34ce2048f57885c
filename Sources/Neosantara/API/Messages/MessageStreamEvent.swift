/// One event of a streamed Messages API answer.
///
/// A stream goes `messageStart`, then for each content block `contentBlockStart`, its
/// `contentBlockDelta`s and `contentBlockStop`, then `messageDelta` and `messageStop`; `ping`s may come at
/// any point. An `error` event is not an element: it throws ``NeosantaraError/Kind/streamError`` with the
/// server's ``APIError``.
public enum MessageStreamEvent: Hashable, Sendable {
    /// The message, with empty content and the input token counts (`message_start`).
    case messageStart(Message)
    /// A content block begins at `index`: text, thinking or a tool call with an empty input
    /// (`content_block_start`).
    case contentBlockStart(index: Int, block: ContentBlock)
    /// More of the block at `index` (`content_block_delta`).
    case contentBlockDelta(index: Int, delta: ContentBlockDelta)
    /// The block at `index` is complete (`content_block_stop`).
    case contentBlockStop(index: Int)
    /// Why the model stopped and the final output tokens (`message_delta`).
    case messageDelta(MessageDelta)
    /// The last event of the stream (`message_stop`).
    case messageStop
    /// A keep-alive (`ping`).
    case ping
    /// An event of a type the SDK does not model, kept as its JSON object.
    case other(type: String, JSONValue)

    /// The wire `type` of the event, such as `content_block_delta`.
    public var type: String {
        switch self {
        case .messageStart: "message_start"
        case .contentBlockStart: "content_block_start"
        case .contentBlockDelta: "content_block_delta"
        case .contentBlockStop: "content_block_stop"
        case .messageDelta: "message_delta"
        case .messageStop: "message_stop"
        case .ping: "ping"
        case .other(let type, _): type
        }
    }

    /// The text of a `text_delta`, or `nil`: print these to show the answer as it arrives.
    public var textDelta: String? {
        if case .contentBlockDelta(_, .text(let text)) = self { return text }
        return nil
    }

    /// The reasoning of a `thinking_delta`, or `nil`.
    public var thinkingDelta: String? {
        if case .contentBlockDelta(_, .thinking(let thinking)) = self { return thinking }
        return nil
    }
}

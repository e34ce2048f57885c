extension ResponseStreamEvent: FastDecodable {
    /// Decodes the common events in `json` several times faster than `JSONDecoder`: the deltas and `….done`
    /// events of output text, refusals, function call arguments and reasoning summaries, most of a stream, and
    /// the response's life-cycle events, message items and their parts, as long as they hold only messages of
    /// text and refusals (``Response/decodeCommonShape(_:)``); `nil` for any other event, or input the reader
    /// does not handle, which `JSONDecoder` must then decode.
    static func decodeCommonShape(_ json: UnsafeRawBufferPointer) -> ResponseStreamEvent? {
        var reader = JSONByteReader(json)
        var members = EventMembers()
        do throws(JSONByteReader.Unsupported) {
            try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
                switch key {
                case .type: members.type = try reader.readString()
                case .sequenceNumber: members.sequenceNumber = try reader.readNullableInt()
                case .itemID: members.itemID = try reader.readNullableString()
                case .outputIndex: members.outputIndex = try reader.readInt()
                case .contentIndex: members.contentIndex = try reader.readNullableInt()
                case .summaryIndex: members.summaryIndex = try reader.readNullableInt()
                case .delta: members.delta = try reader.readString()
                case .text: members.text = try reader.readString()
                case .arguments: members.arguments = try reader.readString()
                case .refusal: members.refusal = try reader.readString()
                case .response: members.response = try Response.decodeCommonShape(&reader)
                case .item: members.item = try ResponseOutputMessage.decodeCommonShape(&reader)
                case .part: members.part = try ResponseOutputContent.decodeCommonShape(&reader)
                }
            }
            try reader.expectEnd()
        } catch {
            return nil
        }
        return members.event
    }
}

extension ResponseStreamEvent.CodingKeys: JSONObjectKey {
    static let all = allCases
}

/// An event's members as read, before its `type` says which of them make the event.
private struct EventMembers {
    var type: String?
    var sequenceNumber: Int?
    var itemID: String?
    var outputIndex: Int?
    var contentIndex: Int?
    var summaryIndex: Int?
    var delta: String?
    var text: String?
    var arguments: String?
    var refusal: String?
    var response: Response?
    var item: ResponseOutputMessage?
    var part: ResponseOutputContent?

    /// The event these members make, as `init(from:)` decodes it, or `nil` when the type is not one of the
    /// common events or a member it needs is missing.
    var event: ResponseStreamEvent? {
        guard let type else { return nil }
        let kind: ResponseStreamEvent.Kind?
        switch type {  // the most frequent first
        case "response.output_text.delta":
            kind = delta.flatMap { delta in content.map { .outputTextDelta(delta, at: $0) } }
        case "response.created": kind = response.map { .created($0) }
        case "response.in_progress": kind = response.map { .inProgress($0) }
        case "response.queued": kind = response.map { .queued($0) }
        case "response.completed": kind = response.map { .completed($0) }
        case "response.failed": kind = response.map { .failed($0) }
        case "response.incomplete": kind = response.map { .incomplete($0) }
        case "response.output_item.added":
            kind = item.flatMap { item in outputIndex.map { .outputItemAdded(.message(item), outputIndex: $0) } }
        case "response.output_item.done":
            kind = item.flatMap { item in outputIndex.map { .outputItemDone(.message(item), outputIndex: $0) } }
        case "response.content_part.added":
            kind = part.flatMap { part in content.map { .contentPartAdded(part, at: $0) } }
        case "response.content_part.done":
            kind = part.flatMap { part in content.map { .contentPartDone(part, at: $0) } }
        case "response.output_text.done": kind = text.flatMap { text in content.map { .outputTextDone(text, at: $0) } }
        case "response.refusal.delta": kind = delta.flatMap { delta in content.map { .refusalDelta(delta, at: $0) } }
        case "response.refusal.done":
            kind = refusal.flatMap { refusal in content.map { .refusalDone(refusal, at: $0) } }
        case "response.function_call_arguments.delta":
            kind = delta.flatMap { delta in content.map { .functionCallArgumentsDelta(delta, at: $0) } }
        case "response.function_call_arguments.done":
            kind = arguments.flatMap { arguments in content.map { .functionCallArgumentsDone(arguments, at: $0) } }
        case "response.reasoning_summary_text.delta":
            kind = delta.flatMap { delta in summary.map { .reasoningSummaryTextDelta(delta, at: $0) } }
        case "response.reasoning_summary_text.done":
            kind = text.flatMap { text in summary.map { .reasoningSummaryTextDone(text, at: $0) } }
        default: kind = nil
        }
        return kind.map { ResponseStreamEvent(sequenceNumber: sequenceNumber, $0) }
    }

    /// Where a message part or its text belongs, by `content_index`.
    private var content: ResponseStreamEvent.Location? {
        outputIndex.map { ResponseStreamEvent.Location(itemID: itemID ?? "", outputIndex: $0, index: contentIndex) }
    }

    /// Where a reasoning summary's text belongs, by `summary_index`.
    private var summary: ResponseStreamEvent.Location? {
        outputIndex.map { ResponseStreamEvent.Location(itemID: itemID ?? "", outputIndex: $0, index: summaryIndex) }
    }
}

extension ResponseStreamEvent: Codable {
    /// The members, in the order OpenAI writes them, so that the fast reader's search for a key ends early.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case sequenceNumber = "sequence_number"
        case itemID = "item_id"
        case outputIndex = "output_index"
        case contentIndex = "content_index"
        case delta, response, item, part, text, arguments, refusal
        case summaryIndex = "summary_index"
    }

    /// The wire types of the events whose part index is `summary_index` rather than `content_index`.
    private static let summaryEvents: Set<String> = [
        "response.reasoning_summary_text.delta", "response.reasoning_summary_text.done",
    ]

    /// Decodes an event by its `type`; an unknown type is kept as ``Kind/other(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        sequenceNumber = try container.decodeIfPresent(Int.self, forKey: .sequenceNumber)
        func response() throws -> Response { try container.decode(Response.self, forKey: .response) }
        func item() throws -> ResponseOutputItem { try container.decode(ResponseOutputItem.self, forKey: .item) }
        func outputIndex() throws -> Int { try container.decode(Int.self, forKey: .outputIndex) }
        func part() throws -> ResponseOutputContent { try container.decode(ResponseOutputContent.self, forKey: .part) }
        func text(_ key: CodingKeys) throws -> String { try container.decode(String.self, forKey: key) }
        func location() throws -> Location {
            Location(
                itemID: try container.decodeIfPresent(String.self, forKey: .itemID) ?? "",
                outputIndex: try outputIndex(),
                index: try container.decodeIfPresent(
                    Int.self, forKey: Self.summaryEvents.contains(type) ? .summaryIndex : .contentIndex))
        }
        switch type {
        case "response.created": kind = .created(try response())
        case "response.queued": kind = .queued(try response())
        case "response.in_progress": kind = .inProgress(try response())
        case "response.completed": kind = .completed(try response())
        case "response.failed": kind = .failed(try response())
        case "response.incomplete": kind = .incomplete(try response())
        case "response.output_item.added": kind = .outputItemAdded(try item(), outputIndex: try outputIndex())
        case "response.output_item.done": kind = .outputItemDone(try item(), outputIndex: try outputIndex())
        case "response.content_part.added": kind = .contentPartAdded(try part(), at: try location())
        case "response.content_part.done": kind = .contentPartDone(try part(), at: try location())
        case "response.output_text.delta": kind = .outputTextDelta(try text(.delta), at: try location())
        case "response.output_text.done": kind = .outputTextDone(try text(.text), at: try location())
        case "response.refusal.delta": kind = .refusalDelta(try text(.delta), at: try location())
        case "response.refusal.done": kind = .refusalDone(try text(.refusal), at: try location())
        case "response.function_call_arguments.delta":
            kind = .functionCallArgumentsDelta(try text(.delta), at: try location())
        case "response.function_call_arguments.done":
            kind = .functionCallArgumentsDone(try text(.arguments), at: try location())
        case "response.reasoning_summary_text.delta":
            kind = .reasoningSummaryTextDelta(try text(.delta), at: try location())
        case "response.reasoning_summary_text.done":
            kind = .reasoningSummaryTextDone(try text(.text), at: try location())
        default: kind = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the event as OpenAI's stream writes it: its `type`, `sequence_number` and members.
    public func encode(to encoder: any Encoder) throws {
        if case .other(let json) = kind {
            return try json.encode(to: encoder)
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(sequenceNumber, forKey: .sequenceNumber)
        func encode(_ location: Location) throws {
            try container.encode(location.itemID, forKey: .itemID)
            try container.encode(location.outputIndex, forKey: .outputIndex)
            let indexKey: CodingKeys = Self.summaryEvents.contains(type) ? .summaryIndex : .contentIndex
            try container.encodeIfPresent(location.index, forKey: indexKey)
        }
        switch kind {
        case .created(let response), .queued(let response), .inProgress(let response), .completed(let response),
            .failed(let response), .incomplete(let response):
            try container.encode(response, forKey: .response)
        case .outputItemAdded(let item, let outputIndex), .outputItemDone(let item, let outputIndex):
            try container.encode(item, forKey: .item)
            try container.encode(outputIndex, forKey: .outputIndex)
        case .contentPartAdded(let part, let location), .contentPartDone(let part, let location):
            try container.encode(part, forKey: .part)
            try encode(location)
        case .outputTextDelta(let delta, let location), .refusalDelta(let delta, let location),
            .functionCallArgumentsDelta(let delta, let location), .reasoningSummaryTextDelta(let delta, let location):
            try container.encode(delta, forKey: .delta)
            try encode(location)
        case .outputTextDone(let text, let location), .reasoningSummaryTextDone(let text, let location):
            try container.encode(text, forKey: .text)
            try encode(location)
        case .refusalDone(let refusal, let location):
            try container.encode(refusal, forKey: .refusal)
            try encode(location)
        case .functionCallArgumentsDone(let arguments, let location):
            try container.encode(arguments, forKey: .arguments)
            try encode(location)
        case .other:
            break
        }
    }
}

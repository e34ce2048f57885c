/// What the events of a streamed response add up to: the response of the latest life-cycle event, with the
/// output items, parts, text, arguments and summaries the other events built.
struct ResponseAccumulator: Sendable {
    /// The response of the latest `response.*` event, if one arrived.
    private var latest: Response?
    /// The output as the item, part and delta events built it.
    private var output: [ResponseOutputItem] = []
    /// Whether a `response.completed`, `response.failed` or `response.incomplete` event arrived.
    private(set) var ended = false
    /// The sequence number of the last event that had one.
    private(set) var lastSequenceNumber: Int?

    /// The response so far: the latest life-cycle event's, with the output built from the events.
    ///
    /// A terminal event's output wins when it has one; when it comes without, the output built from the
    /// events stands in.
    var response: Response {
        var response = latest ?? Response(id: "", status: .inProgress)
        if response.output.isEmpty || !ended {
            response.output = output
        }
        return response
    }

    mutating func add(_ event: ResponseStreamEvent) {
        if let sequenceNumber = event.sequenceNumber {
            lastSequenceNumber = sequenceNumber
        }
        if let response = event.response {
            latest = response
            ended = ended || event.isTerminal
            return
        }
        switch event.kind {
        case .outputItemAdded(let item, let index), .outputItemDone(let item, let index):
            guard index >= 0, index <= output.count + Self.maximumGap else { return }
            while output.count <= index {
                output.append(Self.placeholder)
            }
            output[index] = item
        case .contentPartAdded(let part, let location), .contentPartDone(let part, let location):
            updateMessage(at: location) { content, index in content[index] = part }
        case .outputTextDelta(let delta, let location):
            updateMessage(at: location) { content, index in
                if case .text(let text, let annotations) = content[index] {
                    content[index] = .text(text + delta, annotations: annotations)
                } else {
                    content[index] = .text(delta, annotations: [])
                }
            }
        case .outputTextDone(let text, let location):
            updateMessage(at: location) { content, index in
                if case .text(_, let annotations) = content[index] {
                    content[index] = .text(text, annotations: annotations)
                } else {
                    content[index] = .text(text, annotations: [])
                }
            }
        case .refusalDelta(let delta, let location):
            updateMessage(at: location) { content, index in
                content[index] = .refusal((content[index].refusal ?? "") + delta)
            }
        case .refusalDone(let refusal, let location):
            updateMessage(at: location) { content, index in content[index] = .refusal(refusal) }
        case .functionCallArgumentsDelta(let delta, let location):
            updateFunctionCall(at: location) { $0.arguments += delta }
        case .functionCallArgumentsDone(let arguments, let location):
            updateFunctionCall(at: location) { $0.arguments = arguments }
        case .reasoningSummaryTextDelta(let delta, let location):
            updateSummary(at: location) { $0 += delta }
        case .reasoningSummaryTextDone(let text, let location):
            updateSummary(at: location) { $0 = text }
        default:
            break
        }
    }

    /// What stands in the output for an item not announced yet, and for the item being changed, so that the
    /// change works on the only copy of its parts instead of copying them.
    private static let placeholder = ResponseOutputItem.other(.null)

    /// The most items, parts or summary parts an event may skip past the end: its index may be this much past
    /// the last one, and the gap is filled with placeholders. A stream names its items in order, so a real gap
    /// is a few missed events; an event further ahead is ignored, so that one event with an index of a billion
    /// cannot make the accumulator allocate a billion placeholders.
    static let maximumGap = 1024

    /// Changes the part at `location` of the message there; a part not announced yet is made empty first.
    private mutating func updateMessage(
        at location: ResponseStreamEvent.Location, _ change: (inout [ResponseOutputContent], Int) -> Void
    ) {
        guard output.indices.contains(location.outputIndex), case .message(var message) = output[location.outputIndex],
            let index = location.index, index >= 0, index <= message.content.count + Self.maximumGap
        else { return }
        output[location.outputIndex] = Self.placeholder  // so that the change does not copy the parts
        while message.content.count <= index {
            message.content.append(.text("", annotations: []))
        }
        change(&message.content, index)
        output[location.outputIndex] = .message(message)
    }

    private mutating func updateFunctionCall(
        at location: ResponseStreamEvent.Location, _ change: (inout ResponseFunctionCall) -> Void
    ) {
        guard output.indices.contains(location.outputIndex),
            case .functionCall(var call) = output[location.outputIndex]
        else { return }
        output[location.outputIndex] = Self.placeholder
        change(&call)
        output[location.outputIndex] = .functionCall(call)
    }

    private mutating func updateSummary(at location: ResponseStreamEvent.Location, _ change: (inout String) -> Void) {
        guard output.indices.contains(location.outputIndex),
            case .reasoning(var reasoning) = output[location.outputIndex], let index = location.index, index >= 0,
            index <= reasoning.summary.count + Self.maximumGap
        else { return }
        output[location.outputIndex] = Self.placeholder
        while reasoning.summary.count <= index {
            reasoning.summary.append(.init(text: ""))
        }
        change(&reasoning.summary[index].text)
        output[location.outputIndex] = .reasoning(reasoning)
    }
}

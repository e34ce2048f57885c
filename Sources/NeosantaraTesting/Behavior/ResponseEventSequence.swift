import Neosantara

/// The events that stream a finished response as OpenAI streams it: `response.created` and
/// `response.in_progress`, each output item added, its parts and deltas, each item done, and
/// `response.completed` (or `response.incomplete`, `response.failed`) with the whole response.
struct ResponseEventSequence {
    /// The events, numbered from 0.
    private(set) var events: [ResponseStreamEvent] = []

    init(_ response: Response) {
        var started = response
        started.status = .inProgress
        started.output = []
        started.usage = nil
        started.incompleteDetails = nil
        started.error = nil
        add(.created(started))
        add(.inProgress(started))
        for (index, item) in response.output.enumerated() {
            addItem(item, at: index)
        }
        switch response.status {
        case .failed?: add(.failed(response))
        case .incomplete?: add(.incomplete(response))
        default: add(.completed(response))
        }
    }

    private mutating func add(_ kind: ResponseStreamEvent.Kind) {
        events.append(ResponseStreamEvent(sequenceNumber: events.count, kind))
    }

    private mutating func addItem(_ item: ResponseOutputItem, at outputIndex: Int) {
        switch item {
        case .message(let message):
            var started = message
            started.status = .inProgress
            started.content = []
            add(.outputItemAdded(.message(started), outputIndex: outputIndex))
            for (index, part) in message.content.enumerated() {
                let location = ResponseStreamEvent.Location(itemID: message.id, outputIndex: outputIndex, index: index)
                addPart(part, at: location)
            }
        case .functionCall(let call):
            var started = call
            started.status = .inProgress
            started.arguments = ""
            add(.outputItemAdded(.functionCall(started), outputIndex: outputIndex))
            let location = ResponseStreamEvent.Location(itemID: call.id ?? "", outputIndex: outputIndex)
            for piece in ChatCompletionBehavior.pieces(of: call.arguments) {
                add(.functionCallArgumentsDelta(piece, at: location))
            }
            add(.functionCallArgumentsDone(call.arguments, at: location))
        case .reasoning(let reasoning):
            var started = reasoning
            started.summary = []
            add(.outputItemAdded(.reasoning(started), outputIndex: outputIndex))
            for (index, part) in reasoning.summary.enumerated() {
                let location = ResponseStreamEvent.Location(
                    itemID: reasoning.id, outputIndex: outputIndex, index: index)
                let partJSON: JSONValue = [
                    "type": "response.reasoning_summary_part.added", "sequence_number": .int(events.count),
                    "item_id": .string(reasoning.id), "output_index": .int(outputIndex), "summary_index": .int(index),
                    "part": ["type": "summary_text", "text": ""],
                ]
                events.append(ResponseStreamEvent(sequenceNumber: events.count, .other(partJSON)))
                for piece in WordPieces.split(part.text) {
                    add(.reasoningSummaryTextDelta(piece, at: location))
                }
                add(.reasoningSummaryTextDone(part.text, at: location))
            }
        default:
            add(.outputItemAdded(item, outputIndex: outputIndex))
        }
        add(.outputItemDone(item, outputIndex: outputIndex))
    }

    private mutating func addPart(_ part: ResponseOutputContent, at location: ResponseStreamEvent.Location) {
        switch part {
        case .text(let text, _):
            add(.contentPartAdded(.text("", annotations: []), at: location))
            for piece in WordPieces.split(text) {
                add(.outputTextDelta(piece, at: location))
            }
            add(.outputTextDone(text, at: location))
        case .refusal(let refusal):
            add(.contentPartAdded(.refusal(""), at: location))
            for piece in WordPieces.split(refusal) {
                add(.refusalDelta(piece, at: location))
            }
            add(.refusalDone(refusal, at: location))
        case .other:
            add(.contentPartAdded(part, at: location))
        }
        add(.contentPartDone(part, at: location))
    }
}

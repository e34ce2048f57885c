import Foundation

/// The event stream of a streamed Messages API answer: each event's `data:` is a typed
/// ``MessageStreamEvent``, and the stream ends with `message_stop`.
///
/// An `error` event, named so or with `"type": "error"` in its data, throws
/// ``NeosantaraError/Kind/streamError``. A body that ends without `message_stop` is cut short, whatever
/// arrived before.
enum MessageEventFormat: EventStreamFormat {
    static let elementName = "event"
    static let accumulatedProperty = "currentMessage"

    private static let decoder = JSONDecoder()

    @inline(never)
    static func decode(_ event: ServerSentEvent, reader: EventStreamReader) throws(NeosantaraError)
        -> EventStreamStep<MessageStreamEvent>
    {
        if event.event == "error" {
            throw reader.streamError(event)
        }
        guard !event.data.isEmpty else { return .skip }
        let decoded: MessageStreamEvent
        do {
            decoded = try decoder.decode(MessageStreamEvent.self, from: Data(event.data.utf8))
        } catch {
            throw reader.decodingError(event, expected: "a Messages stream event", underlying: error)
        }
        switch decoded {
        case .other(type: "error", _): throw reader.streamError(event)
        case .messageStop: return .lastElement(decoded)
        default: return .element(decoded)
        }
    }

    static func accumulate(_ element: MessageStreamEvent, into accumulator: inout MessageAccumulator) {
        accumulator.add(element)
    }

    static func endOfBodyError(_ accumulator: MessageAccumulator, reader: EventStreamReader) -> NeosantaraError? {
        accumulator.stopped ? nil : reader.incompleteStreamError(expected: "`message_stop`")
    }

    static func summary(of accumulator: MessageAccumulator) -> ResponseSummary {
        accumulator.message.summary
    }
}

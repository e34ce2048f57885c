import Foundation

/// The event stream of a streamed response: each event's data is a ``ResponseStreamEvent``, and the stream
/// ends with `response.completed`, `response.failed` or `response.incomplete`.
///
/// A body that ends before one of those is an ``NeosantaraError/Kind/incompleteStream`` error, a
/// `data: [DONE]` line is skipped, and an `error` event, as `event: error` or as data of `"type":"error"`,
/// throws ``NeosantaraError/Kind/streamError``.
enum ResponseEventFormat: EventStreamFormat {
    static let elementName = "event"
    static let accumulatedProperty = "currentResponse"

    private static let decoder = JSONDecoder()

    @inline(never)
    static func decode(_ event: ServerSentEvent, reader: EventStreamReader) throws(NeosantaraError)
        -> EventStreamStep<ResponseStreamEvent>
    {
        if event.event == "error" {
            throw reader.streamError(event)
        }
        if event.data.isEmpty || event.data.hasPrefix("[DONE]") {
            return .skip
        }
        var text = event.data
        if let textEvent = text.withUTF8({ ResponseStreamEvent.decodeCommonShape(UnsafeRawBufferPointer($0)) }) {
            return .element(textEvent)
        }
        let decoded: ResponseStreamEvent
        do {
            decoded = try decoder.decode(ResponseStreamEvent.self, from: Data(text.utf8))
        } catch {
            throw reader.decodingError(event, expected: "a Responses stream event", underlying: error)
        }
        if decoded.type == "error" {
            throw reader.streamError(event)
        }
        return .element(decoded)
    }

    static func accumulate(_ element: ResponseStreamEvent, into accumulator: inout ResponseAccumulator) {
        accumulator.add(element)
    }

    static func endOfBodyError(_ accumulator: ResponseAccumulator, reader: EventStreamReader) -> NeosantaraError? {
        accumulator.ended
            ? nil
            : reader.incompleteStreamError(
                expected: "`response.completed`, `response.failed` or `response.incomplete`")
    }

    static func summary(of accumulator: ResponseAccumulator) -> ResponseSummary {
        accumulator.response.summary
    }
}

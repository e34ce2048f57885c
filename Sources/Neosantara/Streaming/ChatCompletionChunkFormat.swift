import Foundation

/// The event stream of a streamed chat completion: each `data:` event is a ``ChatCompletionChunk``, and the
/// stream ends with `data: [DONE]`.
///
/// A body that ends without `[DONE]` is whole only when every choice has a finish reason. An
/// `{"error": …}` object in a `data:` event, or an `event: error` event, throws
/// ``NeosantaraError/Kind/streamError``.
enum ChatCompletionChunkFormat: EventStreamFormat {
    static let elementName = "chunk"
    static let accumulatedProperty = "currentResponse"

    private static let decoder = JSONDecoder()

    @inline(never)
    static func decode(_ event: ServerSentEvent, reader: EventStreamReader) throws(NeosantaraError)
        -> EventStreamStep<ChatCompletionChunk>
    {
        switch event.event {
        case nil, "message":
            if event.data.hasPrefix("[DONE]") {
                return .end
            }
            return .element(try decodeChunk(event, reader: reader))
        case "error":
            throw reader.streamError(event)
        default:
            return .skip
        }
    }

    static func accumulate(_ element: ChatCompletionChunk, into accumulator: inout ChatCompletionAccumulator) {
        accumulator.add(element)
    }

    static func endOfBodyError(_ accumulator: ChatCompletionAccumulator, reader: EventStreamReader)
        -> NeosantaraError?
    {
        accumulator.everyChoiceFinished
            ? nil : reader.incompleteStreamError(expected: "`data: [DONE]` before every choice had a finish reason")
    }

    static func summary(of accumulator: ChatCompletionAccumulator) -> ResponseSummary {
        accumulator.response.summary
    }

    @inline(never)
    private static func decodeChunk(_ event: ServerSentEvent, reader: EventStreamReader) throws(NeosantaraError)
        -> ChatCompletionChunk
    {
        var text = event.data
        let (mayHoldError, commonChunk) = text.withUTF8 { utf8 in
            let json = UnsafeRawBufferPointer(utf8)
            // Only a data line with the text `"error"` can hold an error object; the others skip the check.
            let mayHoldError = Self.mayHoldError(json)
            return (mayHoldError, mayHoldError ? nil : ChatCompletionChunk.decodeCommonShape(json))
        }
        if let commonChunk {
            return commonChunk
        }
        let data = Data(event.data.utf8)
        do {
            guard mayHoldError else { return try decoder.decode(ChatCompletionChunk.self, from: data) }
            switch try decoder.decode(StreamPayload.self, from: data) {
            case .chunk(let chunk): return chunk
            case .error: throw reader.streamError(event)
            }
        } catch let error as NeosantaraError {
            throw error
        } catch {
            throw reader.decodingError(event, expected: "a chat completion chunk", underlying: error)
        }
    }

    /// Whether `data` contains `"error"`, quotes included: a JSON text with an `error` key must, and a quote
    /// inside a JSON string is escaped, so a chunk's text never does. A Horspool search: it looks at about one
    /// byte in five.
    static func mayHoldError(_ json: UnsafeRawBufferPointer) -> Bool {
        let quote = UInt8(ascii: "\""), e = UInt8(ascii: "e"), r = UInt8(ascii: "r"), o = UInt8(ascii: "o")
        var end = 6
        while end < json.count {
            let last = json[end]
            if last == quote, json[end - 6] == quote, json[end - 5] == e, json[end - 4] == r,
                json[end - 3] == r, json[end - 2] == o, json[end - 1] == r
            {
                return true
            }
            switch last {
            case quote: end += 6
            case e: end += 5
            case o: end += 2
            case r: end += 1
            default: end += 7
            }
        }
        return false
    }
}

/// The JSON of a chat stream's `data:` line: a chunk, or an `{"error": …}` object.
private enum StreamPayload: Decodable {
    case chunk(ChatCompletionChunk)
    case error

    private enum CodingKeys: String, CodingKey {
        case error
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.error), try !container.decodeNil(forKey: .error) {
            self = .error
        } else {
            self = .chunk(try ChatCompletionChunk(from: decoder))
        }
    }
}

import Foundation
import HTTPTypes

/// Reads the chunks of a streamed chat completion from a response body: bytes to events to chunks.
///
/// It reads the body only when asked for the next chunk, so a slow reader holds at most one piece of the body
/// and the events parsed from it. It is a class so that handing it between the stream's state and the reading
/// task never copies its buffers; one task reads it at a time, and ``ChatCompletionStreamState`` sees to that.
final class ChatCompletionChunkReader {
    /// What the next read found.
    enum Step {
        /// A chunk.
        case chunk(ChatCompletionChunk)
        /// The server's `data: [DONE]`; the rest of the body has been read and dropped.
        case done
        /// The end of the body, without `data: [DONE]`.
        case endOfBody
    }

    private var body: HTTPResponseBody.AsyncIterator
    private var parser: ServerSentEventParser
    private var events: [ServerSentEvent] = []
    private var nextEventIndex = 0
    private var bodyEnded = false
    /// The events read so far, counted from 1 in error messages.
    private var eventNumber = 0
    /// The chunks returned so far.
    private(set) var chunkCount = 0
    private let response: ResponseContext

    private static let decoder = JSONDecoder()

    /// The response the stream belongs to, which every error carries.
    struct ResponseContext: Sendable {
        var status: Int
        var headers: HTTPFields
        var requestID: String
        var executor: RequestExecutor
    }

    init(body: HTTPResponseBody, response: ResponseContext) {
        self.body = body.makeAsyncIterator()
        self.parser = ServerSentEventParser(maximumEventSize: response.executor.configuration.maximumResponseBodySize)
        self.response = response
    }

    /// Reads up to the next chunk, `[DONE]` or the end of the body.
    @inline(never)
    func next() async throws(NeosantaraError) -> Step {
        while true {
            guard !Task.isCancelled else { throw cancelled() }
            guard let event = try await nextEvent() else { return .endOfBody }
            eventNumber += 1
            switch event.event {
            case nil, "message":
                if event.data.hasPrefix("[DONE]") {
                    await dropRestOfBody()
                    return .done
                }
                let chunk = try decodeChunk(event)
                chunkCount += 1
                return .chunk(chunk)
            case "error":
                throw streamError(event)
            default:
                continue
            }
        }
    }

    /// The error for a body that ended without `[DONE]` while a choice had not finished.
    @inline(never)
    func incompleteStreamError() -> NeosantaraError {
        let message: String
        if chunkCount == 0 {
            let contentType = response.headers[.contentType].map { " (Content-Type: \($0))" } ?? ""
            message = "the response ended before any chunk arrived\(contentType)"
        } else {
            message =
                "the stream ended after \(Self.chunks(chunkCount)) without `data: [DONE]` before every choice had a "
                + "finish reason; the answer is cut short"
        }
        return error(.incompleteStream, message)
    }

    /// The error for reading a stream that a loop stopped reading early, which closed its connection.
    @inline(never)
    func stoppedError() -> NeosantaraError {
        error(
            .cancelled,
            "the stream was closed after \(Self.chunks(chunkCount)) because the loop reading it ended early; "
                + "`currentResponse` holds what arrived")
    }

    /// The next event, reading more of the body when the parsed ones are used up.
    @inline(never)
    private func nextEvent() async throws(NeosantaraError) -> ServerSentEvent? {
        while nextEventIndex == events.count {
            guard !bodyEnded else { return nil }
            let piece: [UInt8]?
            do {
                piece = try await body.next()
            } catch {
                bodyEnded = true
                throw cut(by: error)
            }
            try parse(piece)
        }
        defer { nextEventIndex += 1 }
        return events[nextEventIndex]
    }

    /// Parses the next piece of the body, or what is left at its end (`nil`).
    ///
    /// Synchronous work stays out of line, here and in the other helpers marked `@inline(never)`: inlined
    /// into ``next()``, its temporaries would enlarge the async frame that every stream holds while it
    /// waits for the server, by tens of kilobytes.
    @inline(never)
    private func parse(_ piece: [UInt8]?) throws(NeosantaraError) {
        nextEventIndex = 0
        guard let piece else {
            bodyEnded = true
            events = parser.finish().map { [$0] } ?? []
            return
        }
        do {
            events = try parser.parse(piece)
        } catch {
            bodyEnded = true
            throw self.error(error.kind, error.message)
        }
    }

    /// Reads the body to its end, so that the connection can serve another request.
    private func dropRestOfBody() async {
        while !bodyEnded {
            do {
                bodyEnded = try await body.next() == nil
            } catch {
                bodyEnded = true
            }
        }
    }

    @inline(never)
    private func decodeChunk(_ event: ServerSentEvent) throws(NeosantaraError) -> ChatCompletionChunk {
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
        let payload: StreamPayload
        do {
            if mayHoldError {
                payload = try Self.decoder.decode(StreamPayload.self, from: data)
            } else {
                payload = .chunk(try Self.decoder.decode(ChatCompletionChunk.self, from: data))
            }
        } catch let decodingError as DecodingError {
            let (path, reason) = ErrorDecoder.describe(decodingError)
            var error = error(
                .decoding,
                "event \(eventNumber) of the stream is not a chat completion chunk: \(reason) at \(path); "
                    + "data: \(Self.excerpt(event.data))",
                body: data)
            error.codingPath = path
            error.underlying = decodingError
            throw error
        } catch {
            throw self.error(
                .decoding,
                "event \(eventNumber) of the stream is not a chat completion chunk: \(error); "
                    + "data: \(Self.excerpt(event.data))",
                body: data)
        }
        switch payload {
        case .chunk(let chunk):
            return chunk
        case .error(let body):
            throw streamError(event, decoded: body)
        }
    }

    /// The error an `event: error` event reports.
    @inline(never)
    private func streamError(_ event: ServerSentEvent) -> NeosantaraError {
        streamError(event, decoded: try? Self.decoder.decode(APIErrorBody.self, from: Data(event.data.utf8)))
    }

    @inline(never)
    private func streamError(_ event: ServerSentEvent, decoded: APIErrorBody?) -> NeosantaraError {
        let serverMessage = decoded.map(\.error.message).flatMap { $0.isEmpty ? nil : $0 } ?? Self.excerpt(event.data)
        var error = error(
            .streamError, "\(serverMessage) (sent after \(Self.chunks(chunkCount)))", body: Data(event.data.utf8))
        error.apiError = decoded?.error
        error.parameter = decoded?.error.param
        return error
    }

    @inline(never)
    private func cut(by underlying: any Error) -> NeosantaraError {
        if underlying is CancellationError || Task.isCancelled {
            return cancelled()
        }
        if let underlying = underlying as? NeosantaraError {
            var error = error(
                underlying.kind, "the stream was cut after \(Self.chunks(chunkCount)): \(underlying.message)")
            error.underlying = underlying.underlying
            return error
        }
        var error = error(.connection, "the stream was cut after \(Self.chunks(chunkCount)): \(underlying)")
        error.underlying = underlying
        return error
    }

    @inline(never)
    private func cancelled() -> NeosantaraError {
        error(
            .cancelled,
            "the task was cancelled after \(Self.chunks(chunkCount)) of the stream; the connection is closed")
    }

    /// An error about this response, without the API key.
    @inline(never)
    private func error(_ kind: NeosantaraError.Kind, _ message: String, body: Data? = nil) -> NeosantaraError {
        response.executor.redacted(
            NeosantaraError(
                kind: kind, message: message, status: response.status, headers: response.headers,
                requestID: response.requestID, body: body))
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

    /// "1 chunk", "3 chunks".
    static func chunks(_ count: Int) -> String {
        count == 1 ? "1 chunk" : "\(count) chunks"
    }

    /// The start of an event's data on one line.
    private static func excerpt(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count > 120 ? String(oneLine.prefix(120)) + "…" : oneLine
    }
}

/// The JSON of a `data:` line: a chunk, or an `{"error": …}` object.
private enum StreamPayload: Decodable {
    case chunk(ChatCompletionChunk)
    case error(APIErrorBody)

    private enum CodingKeys: String, CodingKey {
        case error
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.error), try !container.decodeNil(forKey: .error) {
            self = .error(try APIErrorBody(from: decoder))
        } else {
            self = .chunk(try ChatCompletionChunk(from: decoder))
        }
    }
}

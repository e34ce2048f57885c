import Foundation
import HTTPTypes
import NIOCore

/// Reads the server-sent events of a response body, and words the errors of the stream they belong to.
///
/// Every event stream of the API — chat chunks, and the typed events of other formats — reads its body through
/// one of these: bytes to events with ``ServerSentEventParser``, chunk by chunk from a ``TimedBodyReader`` that
/// applies the idle timeout; an ``EventStreamFormat`` then makes elements of the events. It reads the body only
/// when asked for the next event, so a slow reader holds at most one piece of the body and the events parsed
/// from it. It is a class so that handing it between a stream's state and the reading task never copies its
/// buffers; one task reads it at a time, and ``EventStreamState`` sees to that. Releasing it closes the
/// connection of a body left unread.
final class EventStreamReader {
    private let body: TimedBodyReader
    private var parser: ServerSentEventParser
    private var events: [ServerSentEvent] = []
    private var nextEventIndex = 0
    private var bodyEnded = false
    /// The events read so far, counted from 1 in error messages.
    private(set) var eventNumber = 0
    /// The elements made of the events so far.
    var elementCount = 0
    /// What an element is called in messages, such as `chunk`.
    private let elementName: String
    private let response: ResponseContext

    /// The response the stream belongs to, which every error carries.
    struct ResponseContext: Sendable {
        var status: Int
        var headers: HTTPFields
        var requestID: String
        var redactor: Redactor
    }

    /// A reader of the stream `response` opened.
    convenience init(
        _ response: RequestExecutor.OpenResponse, maximumEventSize: Int, elementName: String, redactor: Redactor
    ) {
        self.init(
            body: response.body, limits: response.bodyLimits,
            response: ResponseContext(
                status: response.head.status.code, headers: response.head.headerFields,
                requestID: response.requestID, redactor: redactor),
            maximumEventSize: maximumEventSize, elementName: elementName)
    }

    /// A reader of `body` within `limits`, whose errors carry `response`.
    init(
        body: HTTPResponseBody, limits: BodyTimeLimits, response: ResponseContext, maximumEventSize: Int,
        elementName: String
    ) {
        self.body = TimedBodyReader(base: body, limits: limits)
        parser = ServerSentEventParser(maximumEventSize: maximumEventSize)
        self.elementName = elementName
        self.response = response
    }

    deinit {
        body.stop()
    }

    /// The next event, reading more of the body when the parsed ones are used up; `nil` at the end of the body.
    @inline(never)
    func nextEvent() async throws(NeosantaraError) -> ServerSentEvent? {
        guard !Task.isCancelled else { throw cancelled() }
        while true {
            if let event = nextParsedEvent() {
                return event
            }
            guard !bodyEnded else { return nil }
            let piece: ByteBuffer?
            do {
                piece = try await body.next()
            } catch {
                bodyEnded = true
                throw cut(by: error)
            }
            try parse(piece)
        }
    }

    /// The next of the events parsed so far, or `nil` when they are used up.
    func nextParsedEvent() -> ServerSentEvent? {
        guard nextEventIndex < events.count else { return nil }
        defer { nextEventIndex += 1 }
        eventNumber += 1
        return events[nextEventIndex]
    }

    /// Parses the next piece of the body, or what is left at its end (`nil`).
    ///
    /// Synchronous work stays out of line, here and in the other helpers marked `@inline(never)`: inlined
    /// into the stream's `next()`, its temporaries would enlarge the async frame that every stream holds while
    /// it waits for the server, by tens of kilobytes.
    @inline(never)
    func parse(_ piece: ByteBuffer?) throws(NeosantaraError) {
        nextEventIndex = 0
        guard let piece else {
            bodyEnded = true
            events = parser.finish().map { [$0] } ?? []
            return
        }
        do {
            // The array is emptied and refilled, keeping its storage: one allocation per stream, not per piece.
            events.removeAll(keepingCapacity: true)
            try parser.parse(piece.readableBytesView, into: &events)
        } catch {
            bodyEnded = true
            throw self.error(error.kind, error.message)
        }
    }

    /// Reads the body to its end, so that the connection can serve another request.
    func dropRestOfBody() async {
        while !bodyEnded {
            do {
                bodyEnded = try await body.next() == nil
            } catch {
                bodyEnded = true
            }
        }
    }

    // MARK: Errors

    /// "1 chunk", "3 chunks": the elements so far.
    var elementsSoFar: String {
        elementCount == 1 ? "1 \(elementName)" : "\(elementCount) \(elementName)s"
    }

    /// The error for a body that ended before the format's last event; `expected` says what was missing.
    @inline(never)
    func incompleteStreamError(expected: String) -> NeosantaraError {
        let message: String
        if elementCount == 0 {
            let contentType = response.headers[.contentType].map { " (Content-Type: \($0))" } ?? ""
            message = "the response ended before any \(elementName) arrived\(contentType)"
        } else {
            message = "the stream ended after \(elementsSoFar) without \(expected); the answer is cut short"
        }
        return error(.incompleteStream, message)
    }

    /// The error for reading a stream that a loop stopped reading early, which closed its connection.
    @inline(never)
    func stoppedError(keptIn property: String) -> NeosantaraError {
        error(
            .cancelled,
            "the stream was closed after \(elementsSoFar) because the loop reading it ended early; "
                + "`\(property)` holds what arrived")
    }

    /// The error an error event or an `{"error": …}` object in the stream reports; a flat error object, as
    /// the Responses API's `error` event carries, counts too.
    @inline(never)
    func streamError(_ event: ServerSentEvent) -> NeosantaraError {
        let data = Data(event.data.utf8)
        let decoded =
            (try? JSONDecoder().decode(APIErrorBody.self, from: data))?.error
            ?? (try? JSONDecoder().decode(APIError.self, from: data))
        let serverMessage = decoded.map(\.message).flatMap { $0.isEmpty ? nil : $0 } ?? Self.excerpt(event.data)
        var error = error(.streamError, "\(serverMessage) (sent after \(elementsSoFar))", body: data)
        error.apiError = decoded
        error.parameter = decoded?.param
        return error
    }

    /// The error for an event whose data is not the `expected` element.
    @inline(never)
    func decodingError(_ event: ServerSentEvent, expected: String, underlying: any Error) -> NeosantaraError {
        let data = Data(event.data.utf8)
        guard let decodingError = underlying as? DecodingError else {
            var error = error(
                .decoding,
                "event \(eventNumber) of the stream is not \(expected): \(underlying); "
                    + "data: \(Self.excerpt(event.data))", body: data)
            error.underlying = underlying
            return error
        }
        let (path, reason) = ErrorDecoder.describe(decodingError)
        var error = error(
            .decoding,
            "event \(eventNumber) of the stream is not \(expected): \(reason) at \(path); "
                + "data: \(Self.excerpt(event.data))",
            body: data)
        error.codingPath = path
        error.underlying = decodingError
        return error
    }

    @inline(never)
    private func cut(by underlying: any Error) -> NeosantaraError {
        if underlying is CancellationError || Task.isCancelled {
            return cancelled()
        }
        if let underlying = underlying as? NeosantaraError {
            var error = error(underlying.kind, "the stream was cut after \(elementsSoFar): \(underlying.message)")
            error.underlying = underlying.underlying
            error.timeoutKind = underlying.timeoutKind
            return error
        }
        var error = error(.connection, "the stream was cut after \(elementsSoFar): \(underlying)")
        error.underlying = underlying
        return error
    }

    @inline(never)
    private func cancelled() -> NeosantaraError {
        error(.cancelled, "the task was cancelled after \(elementsSoFar) of the stream; the connection is closed")
    }

    /// An error about this response, without the API key.
    @inline(never)
    func error(_ kind: NeosantaraError.Kind, _ message: String, body: Data? = nil) -> NeosantaraError {
        response.redactor.redact(
            NeosantaraError(
                kind: kind, message: message, status: response.status, headers: response.headers,
                requestID: response.requestID, body: body))
    }

    /// The start of an event's data on one line.
    static func excerpt(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count > 120 ? String(oneLine.prefix(120)) + "…" : oneLine
    }
}

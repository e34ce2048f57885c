import Foundation
import HTTPTypes
import Neosantara

/// A reply queued for one endpoint of a ``NeosantaraTestServer``: a value, raw JSON, raw events, an error,
/// or a fault.
///
/// Queue replies with the server's `enqueue(_:for:)`. Each reply answers one request and is then
/// gone; when an endpoint's queue is empty, the server's default behaviour answers. A queued reply answers
/// whatever the request is: it replaces validation and the default behaviour, but not the API-key check.
///
/// ```swift
/// server.enqueue(.rateLimited(retryAfter: 2), for: .chatCompletions)         // a 429, then
/// server.enqueue(.standard.withChunkDelay(.milliseconds(5)), for: .chatCompletions)  // a slow stream
/// server.enqueue(.standard.closingConnection(afterEvents: 2), for: .chatCompletions)  // a cut stream
/// ```
public struct ScriptedReply: Sendable {
    enum Source: Sendable {
        /// The default behaviour for the request.
        case standard
        /// A fixed response.
        case fixed(Reply)
    }

    var source: Source
    var delay: Duration?
    var chunkDelay: Duration?
    var closeAfterEvents: Int?

    private init(_ source: Source) {
        self.source = source
    }

    private init(_ reply: Reply) {
        self.init(.fixed(reply))
    }

    // MARK: Values

    /// The server's default behaviour, to combine with ``delayed(by:)``, ``withChunkDelay(_:)`` or
    /// ``closingConnection(afterEvents:)``.
    public static let standard = ScriptedReply(.standard)

    /// `value` encoded as JSON, for example a `ChatCompletionsResponse` you built.
    ///
    /// - Parameters:
    ///   - value: The body.
    ///   - status: The HTTP status. Defaults to 200.
    ///   - headers: More response headers; `Content-Type` is `application/json`.
    public static func json(_ value: some Encodable & Sendable, status: Int = 200, headers: HTTPFields = [:])
        -> ScriptedReply
    {
        do {
            return ScriptedReply(.json(try WireJSON.encode(value), status: .init(code: status), headers: headers))
        } catch {
            return ScriptedReply(
                APIErrorReply.reply(
                    .internalServerError,
                    APIError(message: "The scripted \(type(of: value)) did not encode as JSON: \(error)")))
        }
    }

    /// A JSON text sent exactly as written, valid or not.
    ///
    /// - Parameters:
    ///   - text: The body.
    ///   - status: The HTTP status. Defaults to 200.
    ///   - headers: More response headers; `Content-Type` is `application/json`.
    public static func rawJSON(_ text: String, status: Int = 200, headers: HTTPFields = [:]) -> ScriptedReply {
        ScriptedReply(.json(Array(text.utf8), status: .init(code: status), headers: headers))
    }

    /// Any status with any body and headers, for example an HTML page from a proxy.
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - body: The body, sent as written. Defaults to empty.
    ///   - headers: The response headers, `Content-Type` included when you want one.
    public static func status(_ status: Int, body: String = "", headers: HTTPFields = [:]) -> ScriptedReply {
        ScriptedReply(Reply(status: .init(code: status), headers: headers, body: .whole(Array(body.utf8))))
    }

    /// An error with the API's body, `{"error": {"message", "type", "code", …}}`.
    ///
    /// ```swift
    /// server.enqueue(.error(status: 400, APIError(message: "Model 'x' context length exceeded.",
    ///                                             type: .invalidRequest, code: .contextLengthExceeded)),
    ///                for: .chatCompletions)
    /// ```
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - error: The error object.
    ///   - headers: More response headers; `Content-Type` is `application/json`.
    public static func error(status: Int, _ error: APIError, headers: HTTPFields = [:]) -> ScriptedReply {
        ScriptedReply(APIErrorReply.reply(.init(code: status), error, headers: headers))
    }

    // MARK: Streams

    /// A 200 server-sent-events stream with one `data: <payload>` event per element, then `data: [DONE]`.
    ///
    /// - Parameters:
    ///   - payloads: The data of each event, for example a chunk's JSON or an `{"error": …}` object.
    ///   - done: Whether the stream ends with `data: [DONE]`. Defaults to `true`.
    public static func events(_ payloads: [String], done: Bool = true) -> ScriptedReply {
        let events = payloads.map(ServerSentEvents.frame) + (done ? [ServerSentEvents.done] : [])
        return ScriptedReply(.eventStream(events))
    }

    /// A 200 server-sent-events stream of `chunks`, one event each, then `data: [DONE]`.
    ///
    /// - Parameters:
    ///   - chunks: The chunks to send.
    ///   - done: Whether the stream ends with `data: [DONE]`. Defaults to `true`.
    public static func chunks(_ chunks: [ChatCompletionChunk], done: Bool = true) -> ScriptedReply {
        do {
            let events = try chunks.map(ServerSentEvents.frame) + (done ? [ServerSentEvents.done] : [])
            return ScriptedReply(.eventStream(events))
        } catch {
            return ScriptedReply(
                APIErrorReply.reply(
                    .internalServerError, APIError(message: "A scripted chunk did not encode as JSON: \(error)")))
        }
    }

    /// A 200 `text/event-stream` body written piece by piece exactly as given: comments, `event:` lines, CRLF
    /// line ends, events split anywhere.
    ///
    /// Each piece is one write, and counts as one event for ``withChunkDelay(_:)`` and
    /// ``closingConnection(afterEvents:)``.
    public static func rawStream(_ pieces: [String]) -> ScriptedReply {
        rawStream(bytes: pieces.map { Array($0.utf8) })
    }

    /// A 200 `text/event-stream` body written piece by piece exactly as given, for pieces that split a UTF-8
    /// character.
    public static func rawStream(bytes pieces: [[UInt8]]) -> ScriptedReply {
        ScriptedReply(.eventStream(pieces))
    }

    // MARK: Faults

    /// Closes the connection before sending anything.
    public static let closeConnection = ScriptedReply(Reply(body: .closeConnection))

    /// A 200 `application/json` body that is cut off in the middle, so it does not parse.
    public static let malformedJSON = rawJSON(#"{"id":"chatcmpl-malformed","object":"chat.completion","choices":[{"#)

    /// A 429 with a `retry-after` header and the API's rate-limit error body.
    ///
    /// - Parameters:
    ///   - seconds: The `retry-after` value, also sent as `details.retry_after`. Defaults to 1.
    ///   - message: The error message.
    public static func rateLimited(
        retryAfter seconds: Int = 1,
        message: String = "You've reached your Requests Per Minute (RPM) limit for this tier."
    ) -> ScriptedReply {
        ScriptedReply(APIErrorReply.rateLimited(retryAfter: seconds, message: message))
    }

    // MARK: Modifiers

    /// The same reply, sent after waiting `delay`.
    public func delayed(by delay: Duration) -> ScriptedReply {
        var reply = self
        reply.delay = delay
        return reply
    }

    /// The same reply, waiting `delay` between the events of a stream.
    public func withChunkDelay(_ delay: Duration) -> ScriptedReply {
        var reply = self
        reply.chunkDelay = delay
        return reply
    }

    /// The same reply, cut off by closing the connection after `count` events of a stream.
    ///
    /// The head is always sent; with a plain JSON body, the whole body counts as one event, so `0` closes the
    /// connection right after the head. The connection closes where the next event would come: after the
    /// chunk delay, or 20 ms when there is none, so that the client has read the events before it (some
    /// clients, AsyncHTTPClient among them, drop what they have not yet read when the connection closes).
    public func closingConnection(afterEvents count: Int) -> ScriptedReply {
        var reply = self
        reply.closeAfterEvents = max(0, count)
        return reply
    }

    /// The reply to write, given the default behaviour's reply to the request.
    func resolve(standard: () -> Reply) -> Reply {
        var reply: Reply
        switch source {
        case .standard: reply = standard()
        case .fixed(let fixed): reply = fixed
        }
        reply.delay = delay ?? reply.delay
        reply.chunkDelay = chunkDelay ?? reply.chunkDelay
        reply.closeAfterPieces = closeAfterEvents ?? reply.closeAfterPieces
        return reply
    }
}

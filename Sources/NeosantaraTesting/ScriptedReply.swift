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
///
/// To answer from what the request says, queue ``respond(_:)``; to pace a body, hold it at a ``ReplyGate`` or
/// keep a stream open until the client leaves, see the modifiers ``pausing(afterBytes:for:)``,
/// ``pausing(afterEvents:until:)`` and ``keepingAlive(every:)``.
public struct ScriptedReply: Sendable {
    enum Source: Sendable {
        /// The default behaviour for the request.
        case standard
        /// A fixed response.
        case fixed(Reply)
        /// A reply made from the request when it arrives.
        case computed(@Sendable (RecordedRequest) async throws -> ScriptedReply)
    }

    var source: Source
    var delay: Duration?
    var chunkDelay: Duration?
    var closeAfterEvents: Int?
    var pauseAfterBytes: (count: Int, duration: Duration)?
    var gate: (afterEvents: Int, gate: ReplyGate)?
    var keepAliveInterval: Duration?
    var addedHeaders: HTTPFields = [:]
    var omittedHeaders: [HTTPField.Name] = []

    private init(_ source: Source) {
        self.source = source
    }

    init(_ reply: Reply) {
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

    /// A body of raw bytes, such as a file's content or a generated image.
    ///
    /// - Parameters:
    ///   - bytes: The body.
    ///   - contentType: Its `Content-Type`. Defaults to `application/octet-stream`.
    ///   - status: The HTTP status. Defaults to 200.
    public static func bytes(
        _ bytes: some Sequence<UInt8>, contentType: String = "application/octet-stream", status: Int = 200
    ) -> ScriptedReply {
        ScriptedReply(
            Reply(status: .init(code: status), headers: [.contentType: contentType], body: .whole(Array(bytes))))
    }

    /// A redirect to `url`: a `302 Found` by default, or another 3xx status, with a `Location` header.
    ///
    /// ```swift
    /// // The content lives on a second server, as a CDN would serve it.
    /// server.enqueue(.redirect(to: cdn.baseURL.appending(path: "files/file-test-1/content")), for: .fileContent)
    /// ```
    public static func redirect(to url: URL, status: Int = 302) -> ScriptedReply {
        ScriptedReply(Reply(status: .init(code: status), headers: [.location: url.absoluteString], body: .whole([])))
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

    // MARK: Computed

    /// A reply made from the request when it arrives, for a script that depends on what the code under test
    /// sent: a model that answers with the tool results it was given, say.
    ///
    /// ```swift
    /// server.enqueue(
    ///     .respond { request in
    ///         let sent = try request.decodeBody(as: ChatCompletionsRequest.self)
    ///         let answer = ChatCompletionMessage(content: "You sent \(sent.messages.count) messages.")
    ///         return .json(ChatCompletionsResponse(choices: [ChatCompletionChoice(message: answer, finishReason: .stop)]))
    ///     },
    ///     for: .chatCompletions)
    /// ```
    ///
    /// The reply `makeReply` returns is played as if it had been queued, modifiers included; ``standard``
    /// hands the request to the default behaviour. Modifiers of the `respond` reply itself apply on top.
    ///
    /// - Parameter makeReply: Makes the reply from the ``RecordedRequest``. When it throws, the server answers
    ///   500 with the API's error body, whose message is the error's description.
    public static func respond(_ makeReply: @escaping @Sendable (RecordedRequest) async throws -> ScriptedReply)
        -> ScriptedReply
    {
        ScriptedReply(.computed(makeReply))
    }

    // MARK: Headers

    /// The same reply with `headers` added; each replaces any header of the same name the reply has, such as
    /// the `x-request-id` the server sends by default.
    ///
    /// ```swift
    /// server.enqueue(.rawStream(events).withHeaders(["x-request-id": "req_upstream_7"]), for: .chatCompletions)
    /// ```
    public func withHeaders(_ headers: HTTPFields) -> ScriptedReply {
        var reply = self
        for field in headers {
            reply.addedHeaders[fields: field.name] = headers[fields: field.name]
        }
        return reply
    }

    /// The same reply without header `name`, even where the server would add it: every reply carries an
    /// `x-request-id` (the client's, or one the server makes up) unless the script leaves it out.
    public func withoutHeader(_ name: HTTPField.Name) -> ScriptedReply {
        var reply = self
        reply.omittedHeaders.append(name)
        return reply
    }

    /// The reply to write to `request`, given the default behaviour's reply to it.
    func resolve(for request: RecordedRequest, standard: () -> Reply) async -> Reply {
        var reply: Reply
        switch source {
        case .standard:
            reply = standard()
        case .fixed(let fixed):
            reply = fixed
        case .computed(let makeReply):
            do {
                reply = try await makeReply(request).resolve(for: request, standard: standard)
            } catch {
                reply = APIErrorReply.reply(
                    .internalServerError, APIError(message: "The scripted reply failed: \(error)"))
            }
        }
        reply.delay = delay ?? reply.delay
        reply.chunkDelay = chunkDelay ?? reply.chunkDelay
        reply.closeAfterPieces = closeAfterEvents ?? reply.closeAfterPieces
        reply.pauseAfterBytes = pauseAfterBytes ?? reply.pauseAfterBytes
        reply.gate = gate.map { ($0.afterEvents, $0.gate) } ?? reply.gate
        reply.keepAliveInterval = keepAliveInterval ?? reply.keepAliveInterval
        for field in addedHeaders {
            reply.headers[fields: field.name] = addedHeaders[fields: field.name]
        }
        for name in omittedHeaders {
            reply.headers[name] = nil
        }
        reply.omittedHeaders += omittedHeaders
        return reply
    }
}

import HTTPTypes

/// A response the server is about to write: head, body, and how to pace or break it.
struct Reply: Sendable {
    /// How the body is written.
    enum Body: Sendable {
        /// One buffer with a `Content-Length`.
        case whole([UInt8])
        /// Pieces written one after another with chunked encoding, as a stream is.
        case pieces([[UInt8]])
        /// Nothing at all: the connection is closed before the head.
        case closeConnection
    }

    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: Body
    /// How long to wait before writing the head.
    var delay: Duration?
    /// How long to wait between pieces.
    var chunkDelay: Duration?
    /// Close the connection after writing this many pieces (a whole body counts as one).
    var closeAfterPieces: Int?
    /// Pause for `duration` after the first `count` bytes of the body.
    var pauseAfterBytes: (count: Int, duration: Duration)?
    /// Wait for `gate` to open before writing piece number `afterPieces` (from 0).
    var gate: (afterPieces: Int, gate: ReplyGate)?
    /// After the last piece, send a keep-alive comment every this long until the client goes away, instead of
    /// ending the body.
    var keepAliveInterval: Duration?
    /// Headers left out even where the server would add them by default.
    var omittedHeaders: [HTTPField.Name] = []

    /// Whether the body is written piece by piece, paced or broken off, rather than as one buffer.
    var isPaced: Bool {
        if case .pieces = body { return true }
        return closeAfterPieces != nil || pauseAfterBytes != nil || gate != nil || keepAliveInterval != nil
    }

    init(status: HTTPResponse.Status = .ok, headers: HTTPFields = [:], body: Body) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON body.
    static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Reply {
        var fields: HTTPFields = [.contentType: "application/json"]
        fields.append(contentsOf: headers)
        return Reply(status: status, headers: fields, body: .whole(bytes))
    }

    /// A server-sent-events stream of `events`, each already framed.
    static func eventStream(_ events: [[UInt8]], headers: HTTPFields = [:]) -> Reply {
        var fields: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        fields.append(contentsOf: headers)
        return Reply(status: .ok, headers: fields, body: .pieces(events))
    }

    /// The reply with header `name` set to `value` unless a header of that name is already there or the reply
    /// leaves it out.
    func addingDefaultHeader(_ name: HTTPField.Name, _ value: String) -> Reply {
        guard headers[name] == nil, !omittedHeaders.contains(name) else { return self }
        var reply = self
        reply.headers[name] = value
        return reply
    }
}

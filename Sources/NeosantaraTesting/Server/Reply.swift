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

    /// The reply with header `name` set to `value` unless a header of that name is already there.
    func addingDefaultHeader(_ name: HTTPField.Name, _ value: String) -> Reply {
        guard headers[name] == nil else { return self }
        var reply = self
        reply.headers[name] = value
        return reply
    }
}

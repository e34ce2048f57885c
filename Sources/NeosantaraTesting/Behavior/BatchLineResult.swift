import Foundation
import HTTPTypes
import Neosantara

/// What one request of a batch got: the status, request id and body a live call would have got, written as a
/// line of the batch's output or error file.
struct BatchLineResult: Sendable {
    var line: BatchInputLine
    var status: Int
    var requestID: String
    var body: JSONValue

    /// The result of `line` from the reply the server's behaviour or a script gave it. A body that is not JSON
    /// is kept as a string; a reply that would close the connection counts as a 500.
    init(line: BatchInputLine, reply: Reply, requestID: String) {
        self.line = line
        self.requestID = reply.headers[ReplyContext.requestIDField] ?? requestID
        let bytes: [UInt8]
        switch reply.body {
        case .whole(let whole):
            status = Int(reply.status.code)
            bytes = whole
        case .pieces(let pieces):
            status = Int(reply.status.code)
            bytes = pieces.flatMap { $0 }
        case .closeConnection:
            status = 500
            bytes = Array(#"{"error":{"message":"The server closed the connection.","type":"server_error"}}"#.utf8)
        }
        body =
            (try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)))
            ?? .string(String(decoding: bytes, as: UTF8.self))
    }

    /// A request that never ran because its batch expired first.
    static func expired(_ line: BatchInputLine, batchID: String) -> JSONValue {
        .object([
            "id": .string("\(batchID)_req_\(line.number)"), "custom_id": .string(line.customID), "response": .null,
            "error": [
                "code": "batch_expired",
                "message": "This request could not be executed before the completion window expired.",
            ],
        ])
    }

    /// Whether the request succeeded, and so goes to the output file rather than the error file.
    var succeeded: Bool { (200..<300).contains(status) }

    /// The result as a line of the output or error file, in OpenAI's shape.
    func jsonLine(batchID: String) -> JSONValue {
        .object([
            "id": .string("\(batchID)_req_\(line.number)"), "custom_id": .string(line.customID),
            "response": ["status_code": .int(status), "request_id": .string(requestID), "body": body],
            "error": .null,
        ])
    }
}

import Foundation
import HTTPTypes
import Neosantara

/// Error replies in the Anthropic-compatible API's shape, `{"type": "error", "error": {"type", "message"}}`,
/// which every route under `/anthropic/` answers with.
enum AnthropicErrorReply {
    /// The error `type` Anthropic's API gives a status.
    static func errorType(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "invalid_request_error"
        case 401: "authentication_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 413: "request_too_large"
        case 429: "rate_limit_error"
        case 529: "overloaded_error"
        default: "api_error"
        }
    }

    /// `reply` with an error body in the API's `{"error": {…}}` shape rewritten in Anthropic's: the
    /// `message`, a `type` after the status, and the `code` and `param` kept. Any other reply is returned as
    /// it is, a body already in Anthropic's shape included.
    static func converting(_ reply: Reply) -> Reply {
        guard reply.status.code >= 400, case .whole(let bytes) = reply.body,
            let body = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
            body["type"] == nil, var error = body["error"]?.objectValue
        else { return reply }
        error["type"] = .string(errorType(for: reply.status))
        error["message"] = error["message"] ?? ""
        error = error.filter { $0.value != .null }
        var converted = reply
        converted.body = .whole(WireJSON.text(["type": "error", "error": .object(error)]).utf8.map { $0 })
        return converted
    }

    /// The `error` event of a Messages stream.
    static func event(type: String, message: String) -> [UInt8] {
        let error: JSONValue = ["type": "error", "error": ["type": .string(type), "message": .string(message)]]
        return Array("event: error\ndata: \(WireJSON.text(error))\n\n".utf8)
    }
}

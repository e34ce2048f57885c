import HTTPTypes
import Neosantara

/// Error responses with the API's body, `{"error": {"message", "type", "code", "param", "details"}}`.
enum APIErrorReply {
    /// The `{"error": …}` envelope.
    private struct Envelope: Encodable {
        var error: APIError
    }

    /// A response with `status` and `error` as its body.
    static func reply(_ status: HTTPResponse.Status, _ error: APIError, headers: HTTPFields = [:]) -> Reply {
        let bytes = (try? WireJSON.encode(Envelope(error: error))) ?? Array(#"{"error":{"message":"error"}}"#.utf8)
        return .json(bytes, status: status, headers: headers)
    }

    /// A 400 about `parameter`.
    static func invalidParameter(_ parameter: String, _ message: String, code: APIError.Code = .invalidParameter)
        -> Reply
    {
        reply(.badRequest, APIError(message: message, type: .invalidRequest, code: code, param: parameter))
    }

    /// A 400 for a required parameter that is missing.
    static func missingParameter(_ parameter: String) -> Reply {
        invalidParameter(parameter, "`\(parameter)` is required.", code: .missingParameter)
    }

    /// A 400 for a body that is not the JSON the endpoint expects.
    static func invalidFormat(_ message: String) -> Reply {
        reply(.badRequest, APIError(message: message, type: .invalidRequest, code: "invalid_format"))
    }

    /// A 401 for a missing or wrong key.
    static func unauthorized(missing: Bool) -> Reply {
        let message =
            missing
            ? "Missing API key. Send it as `Authorization: Bearer <key>`."
            : "Invalid API key. Check the key you configured."
        return reply(
            .unauthorized,
            APIError(message: message, type: .authentication, code: missing ? .missingAPIKey : .invalidAPIKey))
    }

    /// A 404 for a path the server does not serve.
    static func unknownPath(_ method: HTTPRequest.Method, _ path: String) -> Reply {
        reply(
            .notFound,
            APIError(message: "Unknown endpoint: \(method) \(path).", type: .invalidRequest, code: "unknown_url"))
    }

    /// A 405 for a served path with another method.
    static func methodNotAllowed(_ method: HTTPRequest.Method, _ path: String, allowed: [HTTPRequest.Method]) -> Reply {
        let methods = allowed.map(\.rawValue).joined(separator: ", ")
        return reply(
            .methodNotAllowed,
            APIError(
                message: "\(method) is not allowed on \(path); use \(methods).", type: .invalidRequest,
                code: "method_not_allowed"),
            headers: [.allow: methods])
    }

    /// A 404 for a model that is not in the catalogue.
    static func modelNotFound(_ id: String) -> Reply {
        reply(
            .notFound,
            APIError(
                message: "The model `\(id)` does not exist.", type: .invalidRequest, code: "model_not_found",
                param: "model"))
    }

    /// A 429 asking to wait `retryAfter` seconds.
    static func rateLimited(retryAfter seconds: Int, message: String) -> Reply {
        reply(
            .tooManyRequests,
            APIError(
                message: message, type: .rateLimit, code: .rpmExceeded,
                details: ["limit": 60, "remaining": 0, "retry_after": .int(seconds)]),
            headers: [.retryAfter: String(seconds)])
    }
}

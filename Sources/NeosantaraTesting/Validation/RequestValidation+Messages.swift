import Foundation
import Neosantara

extension RequestValidation {
    /// The Messages request in `body`: `model`, `max_tokens` and a non-empty `messages` are required, every
    /// field must have its wire type, and the SDK's own checks (``MessagesParameterLimits``) apply.
    static func messagesRequest(_ body: Data) throws(Rejection) -> MessagesRequest {
        let object = try jsonObject(body)
        try requireModel(object)
        guard let maxTokens = object["max_tokens"], maxTokens != .null else {
            throw Rejection(APIErrorReply.missingParameter("max_tokens"))
        }
        try requireMessages(object)
        let request = try decode(MessagesRequest.self, body)
        try validate(request.validate)
        return request
    }

    /// The prompt of a `count_tokens` request in `body`: as a Messages request, without `max_tokens`.
    static func tokenCountRequest(_ body: Data) throws(Rejection) -> MessagesRequest {
        var object = try jsonObject(body)
        try requireModel(object)
        try requireMessages(object)
        object["max_tokens"] = 1
        let request = try decode(MessagesRequest.self, (try? JSONEncoder().encode(JSONValue.object(object))) ?? body)
        try validate(request.validatePrompt)
        return request
    }

    private static func requireMessages(_ object: [String: JSONValue]) throws(Rejection) {
        guard let messages = object["messages"], messages != .null else {
            throw Rejection(APIErrorReply.missingParameter("messages"))
        }
        guard let list = messages.arrayValue, !list.isEmpty else {
            throw Rejection(
                APIErrorReply.invalidParameter("messages", "`messages` must be an array of at least one message."))
        }
    }
}

import Foundation
import Neosantara

/// Checks request bodies as the real API does, turning a bad request into a 400 with the API's error body.
///
/// The checks: the body is a JSON object; `model` is a non-empty string; `messages` is a non-empty array of
/// objects with a known `role`, and a `tool` message has a `tool_call_id`; every field has the type the
/// wire format gives it; embeddings and moderations need an `input` of non-empty texts, and embeddings a
/// `model` and an `encoding_format` of `float` or `base64`. Then the SDK's own validation runs, so the
/// numbers' ranges are exactly the SDK's (`ParameterLimits`) and the server accepts nothing the SDK
/// would refuse to send.
enum RequestValidation {
    static let roles: Set<String> = ["system", "developer", "user", "assistant", "tool", "function"]

    /// The chat request in `body`.
    static func chatRequest(_ body: Data) throws(Rejection) -> ChatCompletionsRequest {
        let object = try jsonObject(body)
        try requireModel(object)
        guard let messages = object["messages"], messages != .null else {
            throw Rejection(APIErrorReply.missingParameter("messages"))
        }
        guard let list = messages.arrayValue else {
            throw Rejection(APIErrorReply.invalidParameter("messages", "`messages` must be an array."))
        }
        guard !list.isEmpty else {
            throw Rejection(
                APIErrorReply.invalidParameter(
                    "messages", "`messages` must contain at least one message.", code: "invalid_messages"))
        }
        for (index, message) in list.enumerated() {
            try checkMessage(message, at: index)
        }
        let request = try decode(ChatCompletionsRequest.self, body)
        try validate(request.validate)
        return request
    }

    /// The embeddings request in `body`.
    static func embeddingsRequest(_ body: Data) throws(Rejection) -> EmbeddingsRequest {
        let object = try jsonObject(body)
        try requireModel(object)
        try checkInput(object)
        let request = try decode(EmbeddingsRequest.self, body)
        if let format = request.encodingFormat, format != .float, format != .base64 {
            throw Rejection(
                APIErrorReply.invalidParameter(
                    "encoding_format", "`encoding_format` must be `float` or `base64`, not `\(format)`."))
        }
        try validate(request.validate)
        return request
    }

    /// The moderations request in `body`.
    static func moderationsRequest(_ body: Data) throws(Rejection) -> ModerationsRequest {
        let object = try jsonObject(body)
        try checkInput(object)
        let request = try decode(ModerationsRequest.self, body)
        try validate(request.validate)
        return request
    }

    // MARK: Checks

    static func jsonObject(_ body: Data) throws(Rejection) -> [String: JSONValue] {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            throw Rejection(APIErrorReply.invalidFormat("The request body is not valid JSON."))
        }
        guard let object = value.objectValue else {
            throw Rejection(APIErrorReply.invalidFormat("The request body must be a JSON object."))
        }
        return object
    }

    static func requireModel(_ object: [String: JSONValue]) throws(Rejection) {
        guard let model = object["model"], model != .null else {
            throw Rejection(APIErrorReply.missingParameter("model"))
        }
        guard let name = model.stringValue else {
            throw Rejection(APIErrorReply.invalidParameter("model", "`model` must be a string."))
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Rejection(APIErrorReply.invalidParameter("model", "`model` must not be empty."))
        }
    }

    private static func checkMessage(_ message: JSONValue, at index: Int) throws(Rejection) {
        let path = "messages[\(index)]"
        guard let members = message.objectValue else {
            throw Rejection(
                APIErrorReply.invalidParameter(path, "`\(path)` must be an object.", code: "invalid_messages"))
        }
        guard let role = members["role"]?.stringValue else {
            throw Rejection(APIErrorReply.missingParameter("\(path).role"))
        }
        guard roles.contains(role) else {
            throw Rejection(
                APIErrorReply.invalidParameter(
                    "\(path).role",
                    "`\(path).role` must be one of \(roles.sorted().joined(separator: ", ")), not `\(role)`.",
                    code: "invalid_messages"))
        }
        if role == "tool", members["tool_call_id"]?.stringValue == nil {
            throw Rejection(APIErrorReply.missingParameter("\(path).tool_call_id"))
        }
    }

    private static func checkInput(_ object: [String: JSONValue]) throws(Rejection) {
        guard let input = object["input"], input != .null else {
            throw Rejection(APIErrorReply.missingParameter("input"))
        }
        let texts = input.stringValue.map { [$0] } ?? input.arrayValue?.compactMap(\.stringValue)
        guard let texts, texts.count == (input.arrayValue?.count ?? 1) else {
            throw Rejection(APIErrorReply.invalidParameter("input", "`input` must be a string or an array of strings."))
        }
        guard !texts.isEmpty, !texts.contains(where: \.isEmpty) else {
            throw Rejection(APIErrorReply.invalidParameter("input", "`input` must not be empty or hold empty texts."))
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ body: Data) throws(Rejection) -> Value {
        do {
            return try JSONDecoder().decode(type, from: body)
        } catch let error as DecodingError {
            let (path, reason) = describe(error)
            throw Rejection(
                APIErrorReply.invalidParameter(path, "`\(path)` \(reason).", code: .invalidParameter))
        } catch {
            throw Rejection(APIErrorReply.invalidFormat("The request body is not valid: \(error)."))
        }
    }

    /// Runs one of the SDK's `validate()` methods, turning the error it throws into the API's 400.
    ///
    /// The API names a map whose entry is out of range (`logit_bias`) where the SDK names the entry
    /// (`logit_bias[50256]`).
    static func validate(_ sdkValidation: () throws(NeosantaraError) -> Void) throws(Rejection) {
        do {
            try sdkValidation()
        } catch {
            let logitBias = ParameterLimits.api.logitBias.parameter
            var parameter = error.parameter ?? "body"
            if parameter.hasPrefix(logitBias + "[") {
                parameter = logitBias
            }
            throw Rejection(APIErrorReply.invalidParameter(parameter, error.message + "."))
        }
    }

    /// The failing field as `messages[0].content`, and what is wrong with it.
    private static func describe(_ error: DecodingError) -> (path: String, reason: String) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { path, key in
                if let index = key.intValue { return path + "[\(index)]" }
                return path.isEmpty ? key.stringValue : path + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context): return (path(context.codingPath + [key]), "is required")
        case .typeMismatch(let type, let context): return (path(context.codingPath), "must be \(describe(type))")
        case .valueNotFound(let type, let context): return (path(context.codingPath), "must be \(describe(type))")
        case .dataCorrupted(let context): return (path(context.codingPath), "is not valid")
        @unknown default: return ("body", "is not valid")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "of another type"
        }
    }
}

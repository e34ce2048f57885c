import Foundation
import HTTPTypes

/// Turns failed responses, undecodable bodies and lower-level errors into ``NeosantaraError``s.
enum ErrorDecoder {
    private static let decoder = JSONDecoder()

    /// The error for a response with a status outside 200–299.
    ///
    /// The body's `{"error": …}` object is decoded when there is one; an empty, HTML or text body is
    /// kept raw and summarised in the message.
    static func httpError(status: Int, headers: HTTPFields, body: Data, requestID: String) -> NeosantaraError {
        let decoded = try? decoder.decode(APIErrorBody.self, from: body)
        let message: String
        if let decoded, !decoded.error.message.isEmpty {
            message = decoded.error.message
        } else {
            message = summary(of: body, contentType: headers[.contentType])
        }
        return NeosantaraError(
            kind: .forStatus(status), message: message, status: status, headers: headers, requestID: requestID,
            body: body, apiError: decoded?.error, parameter: decoded?.error.param)
    }

    /// Decodes a successful response, or throws a ``NeosantaraError/Kind/decoding`` error that keeps the
    /// raw body and names the path that failed.
    ///
    /// A ``FastDecodable`` type is first read with its byte reader, and with `JSONDecoder` only when that
    /// gives up.
    static func decode<Value: Decodable>(
        _ type: Value.Type,
        from body: Data,
        status: Int,
        headers: HTTPFields,
        requestID: String
    ) throws(NeosantaraError) -> Value {
        if body.isEmpty, let emptyType = Value.self as? any EmptyBodyDecodable.Type,
            let value = emptyType.emptyBody as? Value
        {
            return value
        }
        if let fastType = Value.self as? any FastDecodable.Type,
            let value = body.withUnsafeBytes({ fastType.decodeCommonShape($0) }) as? Value
        {
            return value
        }
        do {
            return try decoder.decode(type, from: body)
        } catch let error as DecodingError {
            let (path, reason) = describe(error)
            throw NeosantaraError(
                kind: .decoding,
                message:
                    "expected \(Value.self) but \(reason); body: \(summary(of: body, contentType: headers[.contentType]))",
                status: status, headers: headers, requestID: requestID, body: body, codingPath: path, underlying: error)
        } catch {
            throw NeosantaraError(
                kind: .decoding, message: "\(error)", status: status, headers: headers, requestID: requestID,
                body: body,
                underlying: error)
        }
    }

    /// Wraps any error thrown while sending a request in a ``NeosantaraError``.
    static func classify(_ error: any Error, requestID: String) -> NeosantaraError {
        if var error = error as? NeosantaraError {
            error.requestID = error.requestID ?? requestID
            return error
        }
        if error is CancellationError || Task.isCancelled {
            return NeosantaraError(
                kind: .cancelled, message: "the task was cancelled", requestID: requestID, underlying: error)
        }
        if let error = error as? EncodingError {
            return NeosantaraError(
                kind: .invalidRequest, message: "the request body could not be encoded: \(error)", requestID: requestID,
                underlying: error)
        }
        return NeosantaraError(kind: .connection, message: "\(error)", requestID: requestID, underlying: error)
    }

    /// The failing coding path as `choices[0].message.role`, and why it failed.
    static func describe(_ error: DecodingError) -> (path: String, reason: String) {
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "the key is missing")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "the value is not \(type)")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "the value is null where \(type) was expected")
        case .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    /// A short, one-line description of a body that is not the API's error JSON.
    static func summary(of body: Data, contentType: String?) -> String {
        guard !body.isEmpty else { return "the body is empty" }
        guard let text = String(data: body, encoding: .utf8) else {
            return "\(body.count) bytes that are not UTF-8 text"
        }
        let isHTML =
            contentType?.lowercased().contains("html") == true
            || text.range(of: "<html", options: .caseInsensitive) != nil
        if isHTML {
            if let start = text.range(of: "<title>", options: .caseInsensitive),
                let end = text.range(of: "</title>", options: .caseInsensitive, range: start.upperBound..<text.endIndex)
            {
                return
                    "an HTML page titled \"\(String(text[start.upperBound..<end.lowerBound]).trimmed)\" (\(body.count) bytes)"
            }
            return "an HTML page (\(body.count) bytes)"
        }
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmed
        return oneLine.count > 200 ? String(oneLine.prefix(200)) + "…" : oneLine
    }
}

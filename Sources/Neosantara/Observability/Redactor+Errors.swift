import Foundation
import HTTPTypes

extension Redactor {
    /// `error` with the API key replaced wherever a server echoed it: the message, the request id, the
    /// parameter, every part of the API error (its type, code, parameter and details), the body, the
    /// headers, the coding path and the model output.
    func redact(_ error: NeosantaraError) -> NeosantaraError {
        guard secret != nil else { return error }
        var error = error
        error.message = scrub(error.message)
        error.requestID = error.requestID.map(scrub)
        error.parameter = error.parameter.map(scrub)
        error.codingPath = error.codingPath.map(scrub)
        error.modelOutput = error.modelOutput.map(scrub)
        error.apiError = error.apiError.map(redact)
        if let text = error.bodyText, text != scrub(text) {
            error.body = Data(scrub(text).utf8)
        }
        if let headers = error.headers, headers.contains(where: { $0.value != scrub($0.value) }) {
            error.headers = HTTPFields(headers.map { HTTPField(name: $0.name, value: scrub($0.value)) })
        }
        return error
    }

    private func redact(_ apiError: APIError) -> APIError {
        var apiError = apiError
        apiError.message = scrub(apiError.message)
        apiError.type = apiError.type.map { APIError.ErrorType(rawValue: scrub($0.rawValue)) }
        apiError.code = apiError.code.map { APIError.Code(rawValue: scrub($0.rawValue)) }
        apiError.param = apiError.param.map(scrub)
        apiError.details = apiError.details.map(redact)
        return apiError
    }

    private func redact(_ json: JSONValue) -> JSONValue {
        switch json {
        case .string(let text): .string(scrub(text))
        case .array(let elements): .array(elements.map(redact))
        case .object(let members):
            .object(
                Dictionary(members.map { (scrub($0.key), redact($0.value)) }, uniquingKeysWith: { first, _ in first }))
        case .null, .bool, .int, .double: json
        }
    }

    /// `text` with every occurrence of the key replaced.
    private func scrub(_ text: String) -> String {
        guard let secret, text.contains(secret) else { return text }
        return text.replacingOccurrences(of: secret, with: Self.placeholder)
    }
}

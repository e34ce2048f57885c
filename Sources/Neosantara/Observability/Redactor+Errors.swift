import Foundation
import HTTPTypes

extension Redactor {
    /// `error` with the API key replaced wherever a server echoed it: the message, the API error, the body
    /// and the headers.
    func redact(_ error: NeosantaraError) -> NeosantaraError {
        guard let secret else { return error }
        var error = error
        error.message = error.message.replacingOccurrences(of: secret, with: Self.placeholder)
        if let message = error.apiError?.message {
            error.apiError?.message = message.replacingOccurrences(of: secret, with: Self.placeholder)
        }
        if let text = error.bodyText, text.contains(secret) {
            error.body = Data(text.replacingOccurrences(of: secret, with: Self.placeholder).utf8)
        }
        if let headers = error.headers, headers.contains(where: { $0.value.contains(secret) }) {
            error.headers = HTTPFields(
                headers.map {
                    HTTPField(name: $0.name, value: $0.value.replacingOccurrences(of: secret, with: Self.placeholder))
                })
        }
        return error
    }
}

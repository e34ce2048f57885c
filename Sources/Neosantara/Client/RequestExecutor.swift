import Foundation
import HTTPTypes

/// Sends one operation: builds the request, sends it through the transport, and turns the response into a
/// decoded value or a ``NeosantaraError``.
struct RequestExecutor: Sendable {
    let configuration: NeosantaraClient.Configuration
    let transport: any HTTPTransport

    private static let requestIDField = HTTPField.Name("x-request-id")!

    /// Sends `route` with an optional JSON body and decodes the response as `Response`.
    func send<Response: Decodable & Sendable>(
        _ route: Route,
        body: (some Encodable)?,
        options: RequestOptions,
        as: Response.Type = Response.self
    ) async throws(NeosantaraError) -> APIResponse<Response> {
        let requestID = options.requestID ?? options.headers[Self.requestIDField] ?? Self.generateRequestID()
        do {
            let (request, payload) = try prepare(route, body: body, requestID: requestID, options: options)
            let timeout = options.timeout ?? configuration.timeout.request
            let (head, responseBody) = try await transport.send(request, body: payload, timeout: timeout)
            let responseID = head.headerFields[Self.requestIDField] ?? requestID
            guard let bytes = try await responseBody.collect(upTo: configuration.maximumResponseBodySize) else {
                throw NeosantaraError(
                    kind: .responseTooLarge,
                    message: "the body is larger than \(configuration.maximumResponseBodySize) bytes",
                    status: head.status.code, headers: head.headerFields, requestID: responseID)
            }
            let data = Data(bytes)
            guard (200..<300).contains(head.status.code) else {
                throw ErrorDecoder.httpError(status: head.status.code, headers: head.headerFields, body: data, requestID: responseID)
            }
            let value = try ErrorDecoder.decode(Response.self, from: data, status: head.status.code, headers: head.headerFields, requestID: responseID)
            return APIResponse(value: value, status: head.status.code, headers: head.headerFields, requestID: responseID)
        } catch {
            throw redacted(ErrorDecoder.classify(error, requestID: requestID))
        }
    }

    /// Builds the request head and body, or throws before anything is sent.
    private func prepare(
        _ route: Route,
        body: (some Encodable)?,
        requestID: String,
        options: RequestOptions
    ) throws -> (HTTPRequest, Data?) {
        guard let apiKey = configuration.apiKey else {
            throw NeosantaraError(kind: .missingAPIKey, message: "no API key was given and NEOSANTARA_API_KEY is not set")
        }
        guard let components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false),
            let scheme = components.scheme, let host = components.host
        else {
            throw NeosantaraError(
                kind: .invalidRequest, message: "the base URL \(configuration.baseURL) is not an absolute URL",
                parameter: "baseURL")
        }
        let authority = components.port.map { "\(host):\($0)" } ?? host
        let basePath = components.percentEncodedPath.hasSuffix("/")
            ? String(components.percentEncodedPath.dropLast()) : components.percentEncodedPath

        var fields: HTTPFields = [
            .userAgent: NeosantaraClient.userAgent,
            .accept: "application/json",
            Self.requestIDField: requestID,
        ]
        var payload: Data?
        if let body {
            payload = try Self.encoder.encode(body)
            fields[.contentType] = "application/json"
        }
        for field in configuration.defaultHeaders + options.headers {
            fields[field.name] = field.value
        }
        fields[.authorization] = "Bearer \(apiKey.value)"
        let request = HTTPRequest(
            method: route.method, scheme: scheme, authority: authority, path: basePath + route.pathAndQuery,
            headerFields: fields)
        return (request, payload)
    }

    /// Replaces the API key wherever a server echoed it into an error.
    private func redacted(_ error: NeosantaraError) -> NeosantaraError {
        guard let key = configuration.apiKey?.value, key.count >= 4 else { return error }
        var error = error
        error.message = error.message.replacingOccurrences(of: key, with: "<redacted>")
        if let message = error.apiError?.message {
            error.apiError?.message = message.replacingOccurrences(of: key, with: "<redacted>")
        }
        if let text = error.bodyText, text.contains(key) {
            error.body = Data(text.replacingOccurrences(of: key, with: "<redacted>").utf8)
        }
        return error
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    /// A new random request id.
    static func generateRequestID() -> String {
        "req_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }
}

extension HTTPFields {
    fileprivate static func + (lhs: HTTPFields, rhs: HTTPFields) -> HTTPFields {
        var result = lhs
        result.append(contentsOf: rhs)
        return result
    }
}

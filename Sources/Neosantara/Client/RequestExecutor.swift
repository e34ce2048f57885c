import Foundation
import HTTPTypes

/// Sends one operation: builds the request, sends it through the transport, and turns the response into a
/// decoded value or a ``NeosantaraError``.
struct RequestExecutor: Sendable {
    let configuration: NeosantaraClient.Configuration
    let transport: any HTTPTransport
    /// The parsed base URL, or `nil` when it is not absolute, which every call then reports.
    let endpoint: Endpoint?
    /// Takes the configured key and other secrets out of what calls log and trace.
    let redactor: Redactor

    init(configuration: NeosantaraClient.Configuration, transport: any HTTPTransport) {
        self.configuration = configuration
        self.transport = transport
        endpoint = Endpoint(baseURL: configuration.baseURL)
        redactor = Redactor(apiKey: configuration.apiKey)
    }

    static let requestIDField = HTTPField.Name("x-request-id")!

    /// Sends `route` with an optional JSON body and decodes the response as `Response`.
    ///
    /// Each attempt reads the whole body within the request timeout, so a body that breaks off is retried
    /// like a failed response.
    func send<Response: Decodable & Sendable>(
        _ route: Route,
        body: (some Encodable)?,
        options: RequestOptions,
        as: Response.Type = Response.self
    ) async throws(NeosantaraError) -> APIResponse<Response> {
        let operation = instrumentation(for: route, options: options, streaming: false)
        do {
            let response = try await withRetries(
                route, body: body, options: options, operation: operation, boundingBody: true
            ) { response throws(NeosantaraError) in
                let data = try await collect(
                    response.body, within: response.bodyLimits, head: response.head, requestID: response.requestID)
                operation.logResponse(response.head, body: data)
                let value = try ErrorDecoder.decode(
                    Response.self, from: data, status: response.head.status.code,
                    headers: response.head.headerFields, requestID: response.requestID)
                return APIResponse(
                    value: value, status: response.head.status.code, headers: response.head.headerFields,
                    requestID: response.requestID)
            }
            if operation.recordsResponses {
                operation.succeeded((response.value as? any ResponseSummarizing)?.summary ?? ResponseSummary())
            } else {
                operation.succeeded()
            }
            return response
        } catch {
            operation.failed(error)
            throw error
        }
    }

    /// Sends `route` and returns the head and the unread body of a successful (2xx) response.
    ///
    /// A response with any other status is read to its end and thrown as a ``NeosantaraError``, so a
    /// streaming call reports an HTTP error exactly as a plain call does. Failures are retried as the
    /// retry policy says until a 2xx head arrives, never after: the body is the caller's to read, with
    /// the idle timeout between chunks but no overall deadline.
    ///
    /// The operation's logs, metrics and span stay open: the caller must report each chunk to
    /// ``OpenResponse/operation`` with ``OperationInstrumentation/received(_:)`` and end it with
    /// ``OperationInstrumentation/succeeded(_:)`` or ``OperationInstrumentation/failed(_:)``.
    func open(
        _ route: Route,
        body: (some Encodable)?,
        options: RequestOptions
    ) async throws(NeosantaraError) -> OpenResponse {
        let operation = instrumentation(for: route, options: options, streaming: true)
        do {
            return try await withRetries(
                route, body: body, options: options, operation: operation, boundingBody: false
            ) { response throws(NeosantaraError) in
                operation.logResponse(response.head, body: nil)
                var response = response
                response.body = response.body.timingOut(within: response.bodyLimits)
                return response
            }
        } catch {
            operation.failed(error)
            throw error
        }
    }

    /// Starts observing a call of `route`, with the request id every attempt will send.
    private func instrumentation(for route: Route, options: RequestOptions, streaming: Bool)
        -> OperationInstrumentation
    {
        OperationInstrumentation(
            route: route,
            requestID: options.requestID ?? options.headers[Self.requestIDField] ?? RequestIDGenerator.next(),
            configuration: configuration, endpoint: endpoint, redactor: redactor, options: options,
            streaming: streaming)
    }

    /// Opens one attempt: sends the prepared request and returns a 2xx response with its body unread, or
    /// throws the error for any other status.
    ///
    /// - Parameter boundingBody: Whether the request timeout also bounds reading the body, as it does for a
    ///   call that reads the whole body; the returned ``OpenResponse/bodyLimits`` say so.
    func openAttempt(
        _ request: HTTPRequest,
        payload: Data?,
        operation: OperationInstrumentation,
        options: RequestOptions,
        boundingBody: Bool
    ) async throws(NeosantaraError) -> OpenResponse {
        let requestID = operation.requestID
        let timeout = options.timeout ?? configuration.timeout.request
        let deadline = RequestDeadline(instant: .now + timeout, timeout: timeout)
        let idleTimeout = options.idleTimeout ?? configuration.timeout.idle
        do {
            let (head, responseBody) = try await transport.send(
                request, body: payload, timeout: timeout,
                connectTimeout: options.connectTimeout ?? configuration.timeout.connect)
            let responseID = head.headerFields.first { $0.name == Self.requestIDField }?.value ?? requestID
            guard (200..<300).contains(head.status.code) else {
                let data = try await collect(
                    responseBody, within: BodyTimeLimits(idleTimeout: idleTimeout, deadline: deadline), head: head,
                    requestID: responseID)
                throw ErrorDecoder.httpError(
                    status: head.status.code, headers: head.headerFields, body: data, requestID: responseID)
            }
            let limits = BodyTimeLimits(idleTimeout: idleTimeout, deadline: boundingBody ? deadline : nil)
            return OpenResponse(
                head: head, body: responseBody, bodyLimits: limits, requestID: responseID, operation: operation)
        } catch {
            throw redacted(ErrorDecoder.classify(error, requestID: requestID))
        }
    }

    /// Reads a whole body within `limits`, up to the configured size limit.
    private func collect(
        _ body: HTTPResponseBody, within limits: BodyTimeLimits, head: HTTPResponse, requestID: String
    ) async throws(NeosantaraError) -> Data {
        let limit = configuration.maximumResponseBodySize
        let bytes: [UInt8]?
        do {
            bytes = try await BoundedBodyReader.collect(body, upTo: limit, within: limits)
        } catch {
            throw redacted(ErrorDecoder.classify(error, requestID: requestID))
        }
        guard let bytes else {
            throw NeosantaraError(
                kind: .responseTooLarge, message: "the body is larger than \(limit) bytes",
                status: head.status.code, headers: head.headerFields, requestID: requestID)
        }
        return Data(bytes)
    }

    /// The head and unread body of a successful response, with the request id to report and the
    /// operation's instrumentation, which the reader of a stream ends.
    struct OpenResponse: Sendable {
        var head: HTTPResponse
        var body: HTTPResponseBody
        /// How long reading ``body`` may take.
        var bodyLimits: BodyTimeLimits
        var requestID: String
        var operation: OperationInstrumentation
    }

    /// Builds the request head and body, or throws before anything is sent: a missing key, a base URL that
    /// is not absolute, or a body that does not encode.
    func prepare(
        _ route: Route,
        body: (some Encodable)?,
        requestID: String,
        options: RequestOptions
    ) throws -> (HTTPRequest, Data?) {
        guard let apiKey = configuration.apiKey else {
            throw NeosantaraError(
                kind: .missingAPIKey, message: "no API key was given and NEOSANTARA_API_KEY is not set")
        }
        guard let endpoint else {
            throw NeosantaraError(
                kind: .invalidRequest, message: "the base URL \(configuration.baseURL) is not an absolute URL",
                parameter: "baseURL")
        }

        var fields = HTTPFields()
        fields.reserveCapacity(8)
        fields.append(HTTPField(name: .userAgent, value: NeosantaraClient.userAgent))
        fields.append(HTTPField(name: .accept, value: "application/json"))
        fields.append(HTTPField(name: Self.requestIDField, value: requestID))
        var payload: Data?
        if let body {
            payload = try (body as? any FastEncodable)?.encodeCommonShape() ?? Self.encoder.encode(body)
            fields.append(HTTPField(name: .contentType, value: "application/json"))
        }
        let authorization = "Bearer \(apiKey.value)"
        if configuration.defaultHeaders.isEmpty && options.headers.isEmpty {
            // Appending is cheaper than setting by name, which indexes the fields first.
            fields.append(HTTPField(name: Self.retryCountField, value: "0"))
            fields.append(HTTPField(name: .authorization, value: authorization))
        } else {
            for field in configuration.defaultHeaders + options.headers {
                fields[field.name] = field.value
            }
            fields[Self.retryCountField] = "0"
            fields[.authorization] = authorization
        }
        let request = HTTPRequest(
            method: route.method, scheme: endpoint.scheme, authority: endpoint.authority,
            path: endpoint.basePath + route.pathAndQuery,
            headerFields: fields)
        return (request, payload)
    }

    /// Replaces the API key wherever a server echoed it into an error: message, API error, body and headers.
    func redacted(_ error: NeosantaraError) -> NeosantaraError {
        guard let key = configuration.apiKey?.value, key.count >= 4 else { return error }
        var error = error
        error.message = error.message.replacingOccurrences(of: key, with: "<redacted>")
        if let message = error.apiError?.message {
            error.apiError?.message = message.replacingOccurrences(of: key, with: "<redacted>")
        }
        if let text = error.bodyText, text.contains(key) {
            error.body = Data(text.replacingOccurrences(of: key, with: "<redacted>").utf8)
        }
        if let headers = error.headers, headers.contains(where: { $0.value.contains(key) }) {
            error.headers = HTTPFields(
                headers.map {
                    HTTPField(name: $0.name, value: $0.value.replacingOccurrences(of: key, with: "<redacted>"))
                })
        }
        return error
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

}

extension HTTPFields {
    fileprivate static func + (lhs: HTTPFields, rhs: HTTPFields) -> HTTPFields {
        var result = lhs
        result.append(contentsOf: rhs)
        return result
    }
}

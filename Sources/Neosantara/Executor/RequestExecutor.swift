import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationCompat

/// Sends one operation: builds the request, sends it through the transport, following redirects and retrying
/// as the policy says, and turns the response into a decoded value, a stream, a file or a
/// ``NeosantaraError``.
///
/// Every kind of call goes through ``withRetries(_:_:options:operation:boundingBody:_:)``: ``send(_:_:options:as:)``
/// reads and decodes a JSON body, ``open(_:_:options:)`` hands back a stream's unread body, and the
/// download functions read bytes to the caller or to a file.
struct RequestExecutor: Sendable {
    let configuration: NeosantaraClient.Configuration
    let transport: any HTTPTransport
    /// The parsed base URL, or `nil` when it is not absolute, which every call then reports.
    let server: ServerAddress?
    /// Takes the configured key and other secrets out of what calls log, trace and throw.
    let redactor: Redactor
    /// The `anthropic-version` header for the Anthropic-compatible API, which also gets the key in
    /// `x-api-key`; `nil` for every other API.
    let anthropicVersion: String?

    /// An executor for the API at `configuration`'s base URL; with `anthropicVersion`, one that sends the
    /// headers Anthropic clients send too.
    init(configuration: NeosantaraClient.Configuration, transport: any HTTPTransport, anthropicVersion: String? = nil) {
        self.configuration = configuration
        self.transport = transport
        self.anthropicVersion = anthropicVersion
        server = ServerAddress(baseURL: configuration.baseURL)
        redactor = Redactor(apiKey: configuration.apiKey)
    }

    /// An executor for the Anthropic-compatible API of the same client: the same key, transport, limits and
    /// instrumentation, at ``NeosantaraClient/Configuration/effectiveAnthropicBaseURL``.
    func anthropic() -> RequestExecutor {
        var anthropicConfiguration = configuration
        anthropicConfiguration.baseURL = configuration.effectiveAnthropicBaseURL
        anthropicConfiguration.anthropicBaseURL = anthropicConfiguration.baseURL
        return RequestExecutor(
            configuration: anthropicConfiguration, transport: transport,
            anthropicVersion: configuration.anthropicVersion)
    }

    static let apiKeyField = HTTPField.Name("x-api-key")!
    static let anthropicVersionField = HTTPField.Name("anthropic-version")!

    static let requestIDField = HTTPField.Name("x-request-id")!

    /// Sends `route` with `payload` and decodes the response as `Response`.
    ///
    /// Each attempt reads the whole body within the request timeout, so a body that breaks off is retried
    /// like a failed response. An empty body decodes as a type that allows one (``EmptyBodyDecodable``).
    func send<Response: Decodable & Sendable>(
        _ route: Route,
        _ payload: RequestPayload = .none,
        options: RequestOptions,
        as: Response.Type = Response.self
    ) async throws(NeosantaraError) -> APIResponse<Response> {
        let operation = instrumentation(for: route, options: options, streaming: false)
        do {
            let response = try await withRetries(
                route, payload, options: options, operation: operation, boundingBody: true
            ) { response throws(NeosantaraError) in
                let data = try await collect(
                    response.body, within: response.bodyLimits, head: response.head, requestID: response.requestID)
                operation.logResponse(response.head, body: data)
                let value = try ErrorDecoder.decode(
                    Response.self, from: data, status: response.head.status.code,
                    headers: response.head.headerFields, requestID: response.requestID)
                return APIResponse(
                    value: value, httpStatus: response.head.status.code, headers: response.head.headerFields,
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
    /// The operation's logs, metrics and span stay open: the caller must report each element to
    /// ``OpenResponse/operation`` with ``OperationInstrumentation/received()`` and end it with
    /// ``OperationInstrumentation/succeeded(_:)`` or ``OperationInstrumentation/failed(_:)``.
    func open(
        _ route: Route,
        _ payload: RequestPayload = .none,
        options: RequestOptions
    ) async throws(NeosantaraError) -> OpenResponse {
        let operation = instrumentation(for: route, options: options, streaming: true)
        do {
            return try await withRetries(
                route, payload, options: options, operation: operation, boundingBody: false
            ) { response throws(NeosantaraError) in
                operation.logResponse(response.head, body: nil)
                return response
            }
        } catch {
            operation.failed(error)
            throw error
        }
    }

    /// Starts observing a call of `route`, with the request id every attempt will send.
    func instrumentation(for route: Route, options: RequestOptions, streaming: Bool) -> OperationInstrumentation {
        OperationInstrumentation(
            route: route,
            requestID: options.requestID ?? options.headers[Self.requestIDField] ?? RequestIDGenerator.next(),
            configuration: configuration, server: server, redactor: redactor, options: options,
            streaming: streaming)
    }

    /// Reads a whole body within `limits`, up to the configured size limit.
    func collect(
        _ body: HTTPResponseBody, within limits: BodyTimeLimits, head: HTTPResponse, requestID: String
    ) async throws(NeosantaraError) -> Data {
        let limit = configuration.maximumResponseBodySize
        let bytes: ByteBuffer?
        do {
            bytes = try await BoundedBodyReader.collect(body, upTo: limit, within: limits)
        } catch {
            throw redactor.redact(ErrorDecoder.classify(error, requestID: requestID))
        }
        guard let bytes else {
            throw NeosantaraError(
                kind: .responseTooLarge, message: "the body is larger than \(limit) bytes",
                status: head.status.code, headers: head.headerFields, requestID: requestID)
        }
        return Data(buffer: bytes)
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
}

import Foundation
import HTTPTypes

/// The one error type the SDK throws.
///
/// An error carries everything a caller needs to act on it: its ``kind``, a one-line ``message`` that
/// says what happened and what to do, and, for HTTP errors, the ``status``, the response ``headers``,
/// the ``requestID``, the raw ``body`` and the decoded ``apiError``.
///
/// ```swift
/// do {
///     let reply = try await client.chat.completions.create(model: "nusantara-base", messages: [.user("Halo")])
/// } catch where error.kind == .rateLimited {
///     print("retry after", error.retryAfter ?? .seconds(1))
/// } catch {
///     print(error)   // "HTTP 401 authentication failed: Invalid API key (request id …). Check …"
/// }
/// ```
///
/// No error, message or description ever contains the API key.
public struct NeosantaraError: Error, Sendable {
    /// The fields, shared by copies until one of them changes.
    private var storage: Storage

    /// What kind of failure this is.
    public var kind: Kind {
        get { storage.kind }
        set { uniqueStorage().kind = newValue }
    }
    /// What happened, in one line, in the server's words where it gave some.
    public var message: String {
        get { storage.message }
        set { uniqueStorage().message = newValue }
    }
    /// The HTTP status, for errors the server answered.
    public var status: Int? {
        get { storage.status }
        set { uniqueStorage().status = newValue }
    }
    /// The response headers, for errors the server answered.
    public var headers: HTTPFields? {
        get { storage.headers }
        set { uniqueStorage().headers = newValue }
    }
    /// The request id: the server's `x-request-id` when it sent one, else the one the SDK sent.
    public var requestID: String? {
        get { storage.requestID }
        set { uniqueStorage().requestID = newValue }
    }
    /// The raw response body, for errors the server answered: JSON, HTML, text or empty.
    public var body: Data? {
        get { storage.body }
        set { uniqueStorage().body = newValue }
    }
    /// The error object decoded from the body, when the body had one.
    public var apiError: APIError? {
        get { storage.apiError }
        set { uniqueStorage().apiError = newValue }
    }
    /// The request field a validation or API error is about.
    public var parameter: String? {
        get { storage.parameter }
        set { uniqueStorage().parameter = newValue }
    }
    /// For a response that did not decode, the path of keys to the value that failed.
    public var codingPath: String? {
        get { storage.codingPath }
        set { uniqueStorage().codingPath = newValue }
    }
    /// The lower-level error that caused this one, such as a connection error.
    public var underlying: (any Error)? {
        get { storage.underlying }
        set { uniqueStorage().underlying = newValue }
    }
    /// How many attempts the call made; more than 1 when it was retried.
    public var attempts: Int {
        get { storage.attempts }
        set { uniqueStorage().attempts = newValue }
    }
    /// For a ``Kind/timeout`` error, which limit was hit: connect, request, idle or polling.
    public var timeoutKind: TimeoutKind? {
        get { storage.timeoutKind }
        set { uniqueStorage().timeoutKind = newValue }
    }
    /// For structured-output errors, the model's raw answer: the refusal, or text that did not decode.
    public var modelOutput: String? {
        get { storage.modelOutput }
        set { uniqueStorage().modelOutput = newValue }
    }
    /// For a ``Kind/webhookVerification`` error, which check failed.
    public var webhookFailure: WebhookFailure? {
        get { storage.webhookFailure }
        set { uniqueStorage().webhookFailure = newValue }
    }

    /// Creates an error. The SDK and its testing library make every error a call throws; a transport reports a
    /// timeout with ``timeout(_:message:)``.
    package init(
        kind: Kind,
        message: String,
        status: Int? = nil,
        headers: HTTPFields? = nil,
        requestID: String? = nil,
        body: Data? = nil,
        apiError: APIError? = nil,
        parameter: String? = nil,
        codingPath: String? = nil,
        underlying: (any Error)? = nil,
        attempts: Int = 1,
        timeoutKind: TimeoutKind? = nil,
        modelOutput: String? = nil,
        webhookFailure: WebhookFailure? = nil
    ) {
        storage = Storage(kind: kind, message: message)
        storage.status = status
        storage.headers = headers
        storage.requestID = requestID
        storage.body = body
        storage.apiError = apiError
        storage.parameter = parameter
        storage.codingPath = codingPath
        storage.underlying = underlying
        storage.attempts = attempts
        storage.timeoutKind = timeoutKind
        storage.modelOutput = modelOutput
        storage.webhookFailure = webhookFailure
    }

    /// The storage, copied first when another error shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(copying: storage)
        }
        return storage
    }

    /// The error an ``HTTPTransport`` throws when a time limit passes, saying which one.
    ///
    /// ```swift
    /// throw NeosantaraError.timeout(.request, message: "no response within 30 seconds (the request timeout)")
    /// ```
    public static func timeout(_ kind: TimeoutKind, message: String) -> NeosantaraError {
        NeosantaraError(kind: .timeout, message: message, timeoutKind: kind)
    }

    /// How long the server asked to wait before retrying, from `retry-after-ms` or `retry-after`
    /// (seconds or an HTTP date), or from the body's rate-limit details.
    public var retryAfter: Duration? {
        if let headers, let delay = RetryAfter.parse(headers) {
            return delay
        }
        if let seconds = rateLimit?.retryAfter, let delay = Duration.wait(milliseconds: seconds * 1000) {
            return delay
        }
        return nil
    }

    /// The rate-limit figures of a 429 body, when it has them.
    public var rateLimit: RateLimitDetails? {
        apiError?.rateLimit
    }

    /// The raw body as text, when it is UTF-8.
    public var bodyText: String? {
        body.flatMap { String(data: $0, encoding: .utf8) }
    }
}

extension NeosantaraError: CustomStringConvertible, LocalizedError {
    /// One line: what happened, the status and request id when there are some, and what to do.
    public var description: String {
        var line = ""
        if let status {
            line += "HTTP \(status) "
        }
        line += kind.summary
        if !message.isEmpty {
            line += ": \(message)"
        }
        if let parameter, kind != .invalidRequest {
            line += " (parameter: \(parameter))"
        }
        if let requestID {
            line += " [request id: \(requestID)]"
        }
        if attempts > 1 {
            line += " after \(attempts) attempts"
        }
        let advice = kind.advice
        if !advice.isEmpty {
            line += ". " + advice
        }
        return line
    }

    /// The same line as ``description``.
    public var errorDescription: String? { description }
}

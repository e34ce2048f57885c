import HTTPTypes
import Logging

/// Settings for one call that override the client's configuration.
///
/// ```swift
/// let reply = try await client.chat.completions.create(
///     request,
///     options: RequestOptions(timeout: .seconds(30), headers: [.init("X-Guard")!: "on"], retry: .disabled))
/// ```
public struct RequestOptions: Sendable {
    /// The most time each attempt of this call may take; the configuration's
    /// ``NeosantaraClient/Configuration/Timeouts/request`` when `nil`.
    public var timeout: Duration?
    /// Headers for this call; they replace the configuration's and the SDK's headers of the same name,
    /// except `Authorization`.
    public var headers: HTTPFields
    /// The `x-request-id` to send on every attempt; the SDK generates one when `nil`.
    public var requestID: String?
    /// When this call is sent again after a failure; the configuration's ``NeosantaraClient/Configuration/retry``
    /// when `nil`.
    public var retry: RetryPolicy?
    /// The most time to establish a connection; the configuration's
    /// ``NeosantaraClient/Configuration/Timeouts/connect`` when `nil`.
    ///
    /// ``AsyncHTTPClientTransport`` keeps one connection pool per connect timeout, so a call with another
    /// value does not reuse the connections of calls without one.
    public var connectTimeout: Duration?
    /// The most time the response body may pause between two chunks; the configuration's
    /// ``NeosantaraClient/Configuration/Timeouts/idle`` when `nil`.
    public var idleTimeout: Duration?
    /// The logger for this call; the configuration's ``NeosantaraClient/Configuration/logger`` when `nil`.
    public var logger: Logger?
    /// Middleware for this call, run after the configuration's
    /// ``NeosantaraClient/Configuration/middleware`` before a request and before it after.
    public var middleware: [any NeosantaraMiddleware]

    /// Creates options; every `nil` takes the client's configuration.
    ///
    /// - Parameters:
    ///   - timeout: The most time each attempt may take.
    ///   - headers: Headers for this call.
    ///   - requestID: The `x-request-id` to send.
    ///   - retry: When this call is sent again after a failure.
    ///   - connectTimeout: The most time to establish a connection.
    ///   - idleTimeout: The most time the response body may pause between two chunks.
    ///   - logger: The logger for this call.
    ///   - middleware: Middleware for this call.
    public init(
        timeout: Duration? = nil,
        headers: HTTPFields = [:],
        requestID: String? = nil,
        retry: RetryPolicy? = nil,
        connectTimeout: Duration? = nil,
        idleTimeout: Duration? = nil,
        logger: Logger? = nil,
        middleware: [any NeosantaraMiddleware] = []
    ) {
        self.timeout = timeout
        self.headers = headers
        self.requestID = requestID
        self.retry = retry
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        self.logger = logger
        self.middleware = middleware
    }
}

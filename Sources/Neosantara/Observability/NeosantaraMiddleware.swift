import Foundation
import HTTPTypes

/// Code that runs around every attempt of every call: before the request is sent, after a successful
/// response, and after a failure — the Swift form of the TypeScript SDK's `beforeRequest`, `afterSuccess`
/// and `afterError` hooks.
///
/// Give a client its middleware in ``NeosantaraClient/Configuration/middleware``, and a single call more in
/// ``RequestOptions/middleware``. They run in order before a request — the configuration's, then the
/// call's — and in reverse order after it, so the first middleware sees the request last before it leaves
/// and the response first when it comes back. Every method has a default that does nothing; implement the
/// ones you need.
///
/// ```swift
/// struct ProxySignature: NeosantaraMiddleware {
///     let secret: String
///
///     func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws {
///         request.headerFields[HTTPField.Name("X-Proxy-Signature")!] = sign(body ?? Data(), with: secret)
///     }
/// }
///
/// var configuration = NeosantaraClient.Configuration()
/// configuration.middleware = [ProxySignature(secret: proxySecret)]
/// ```
///
/// Each attempt ends in exactly one of ``didReceive(_:context:)`` and ``didFail(_:context:)``:
/// a retried call runs the middleware once per attempt, with ``MiddlewareContext/attempt`` counting them.
/// Errors raised before anything is sent — an invalid request, a missing key — reach no middleware.
public protocol NeosantaraMiddleware: Sendable {
    /// Runs before an attempt is sent; may change any header, `Authorization` included.
    ///
    /// The request already carries every header the SDK sends, the trace context among them. A thrown error
    /// stops the call without sending anything: a ``NeosantaraError`` as it is, any other error as a
    /// ``NeosantaraError`` of kind ``NeosantaraError/Kind/middleware`` with it as the underlying error. It
    /// is not retried.
    ///
    /// - Parameters:
    ///   - request: The request about to be sent.
    ///   - body: The JSON body about to be sent, if any.
    ///   - context: The call and attempt.
    func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws

    /// Runs after an attempt succeeded: a 2xx response arrived and, unless the call streams, its body was
    /// read and decoded.
    ///
    /// - Parameters:
    ///   - response: The response's status and headers.
    ///   - context: The call and attempt.
    func didReceive(_ response: HTTPResponse, context: MiddlewareContext) async

    /// Runs after an attempt failed: an error status (with ``NeosantaraError/status`` and
    /// ``NeosantaraError/headers`` set), a connection error, a timeout, a body that does not decode, or an
    /// error thrown by a middleware's ``willSend(_:body:context:)``.
    ///
    /// - Parameters:
    ///   - error: The attempt's error, with ``NeosantaraError/attempts`` set.
    ///   - context: The call and attempt.
    func didFail(_ error: NeosantaraError, context: MiddlewareContext) async
}

extension NeosantaraMiddleware {
    /// Does nothing.
    public func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws {}

    /// Does nothing.
    public func didReceive(_ response: HTTPResponse, context: MiddlewareContext) async {}

    /// Does nothing.
    public func didFail(_ error: NeosantaraError, context: MiddlewareContext) async {}
}

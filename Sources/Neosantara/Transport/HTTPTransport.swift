import Foundation
import HTTPTypes

/// Sends HTTP requests for the client.
///
/// The default, ``AsyncHTTPClientTransport``, is built on AsyncHTTPClient and streams response bodies
/// incrementally on Linux and Apple platforms. Provide your own to route requests through another HTTP
/// stack; authentication, request ids, error decoding and validation stay in the client above it.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response head and a body to read.
    ///
    /// - Parameters:
    ///   - request: The request head, with an absolute `scheme`, `authority` and `path`.
    ///   - body: The request body, if any.
    ///   - timeout: The most time until the response head arrives; the client bounds the reading of the
    ///     body itself.
    /// - Returns: The response head and its body, which the caller reads once.
    /// - Throws: A ``NeosantaraError`` of kind ``NeosantaraError/Kind/timeout`` when `timeout` passes, and
    ///   any other error when the server cannot be reached; the client reports those as connection errors.
    func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, HTTPResponseBody)

    /// Sends `request`, allowing at most `connectTimeout` to establish a connection, and returns the
    /// response head and a body to read. The client calls this one.
    ///
    /// - Parameters:
    ///   - request: The request head, with an absolute `scheme`, `authority` and `path`.
    ///   - body: The request body, if any.
    ///   - timeout: The most time until the response head arrives.
    ///   - connectTimeout: The most time to establish a connection.
    /// - Returns: The response head and its body, which the caller reads once.
    /// - Throws: A ``NeosantaraError`` of kind ``NeosantaraError/Kind/timeout`` whose
    ///   ``NeosantaraError/timeoutKind`` says which limit passed, and any other error when the server
    ///   cannot be reached; the client reports those as connection errors.
    func send(_ request: HTTPRequest, body: Data?, timeout: Duration, connectTimeout: Duration) async throws -> (
        HTTPResponse, HTTPResponseBody
    )
}

extension HTTPTransport {
    /// Sends `request` with ``send(_:body:timeout:)``, leaving connection set-up to the transport: a
    /// transport that manages its own connections need not implement the connect timeout.
    public func send(_ request: HTTPRequest, body: Data?, timeout: Duration, connectTimeout: Duration) async throws -> (
        HTTPResponse, HTTPResponseBody
    ) {
        try await send(request, body: body, timeout: timeout)
    }
}

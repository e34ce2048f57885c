import HTTPTypes

/// Sends HTTP requests for the client.
///
/// The default, ``AsyncHTTPClientTransport``, is built on AsyncHTTPClient and streams request and response
/// bodies incrementally on Linux and Apple platforms. Provide your own to route requests through another HTTP
/// stack; authentication, request ids, retries, redirects, error decoding and validation stay in the client
/// above it.
///
/// A transport sends exactly the request it is given and returns whatever response comes back, a redirect
/// included: the client follows redirects itself, so that it can keep the API key from other servers.
public protocol HTTPTransport: Sendable {
    /// Sends `request` with `body` and returns the response head and a body to read.
    ///
    /// - Parameters:
    ///   - request: The request head, with an absolute `scheme`, `authority` and `path`.
    ///   - body: The request body, if any; read its chunks with ``HTTPRequestBody/makeChunks()``, or take
    ///     ``HTTPRequestBody/bytesInMemory`` when it is in memory. Its ``HTTPRequestBody/length``, when known,
    ///     is the `Content-Length` to send.
    ///   - timeouts: The most time until the response head arrives, and to establish a connection; the client
    ///     bounds the reading of the response body itself.
    /// - Returns: The response head and its body, which the caller reads once.
    /// - Throws: A ``NeosantaraError`` of kind ``NeosantaraError/Kind/timeout`` whose
    ///   ``NeosantaraError/timeoutKind`` says which limit passed, and any other error when the server cannot be
    ///   reached; the client reports those as connection errors.
    func send(_ request: HTTPRequest, body: HTTPRequestBody?, timeouts: HTTPTransportTimeouts) async throws -> (
        HTTPResponse, HTTPResponseBody
    )
}

/// The time limits a transport applies to one request.
public struct HTTPTransportTimeouts: Hashable, Sendable {
    /// The most time from sending the request to receiving the response head.
    public var response: Duration
    /// The most time to establish a connection. A transport that manages its own connections may ignore it.
    public var connect: Duration

    /// Creates time limits.
    public init(response: Duration, connect: Duration) {
        self.response = response
        self.connect = connect
    }
}

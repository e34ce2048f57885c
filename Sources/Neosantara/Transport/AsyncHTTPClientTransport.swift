import AsyncHTTPClient
import HTTPTypes
import NIOCore
import NIOHTTP1

/// The default ``HTTPTransport``, built on AsyncHTTPClient.
///
/// By default it uses `HTTPClient`s the SDK shares across the process, configured for an API client: a failed
/// connection fails the request at once (the SDK's retry policy decides what happens next), redirects are
/// returned to the SDK, which follows them, and there is no read timeout, since a reasoning model may think for
/// minutes before its first byte; the SDK's own deadlines bound every request instead. Those clients need no
/// shutdown. Pass your own `HTTPClient` to control its configuration; you then shut it down yourself, after the
/// last request. Give it `redirectConfiguration: .disallow`, so that the SDK, not the client, follows redirects
/// and keeps the API key from other servers.
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// The caller's client, or `nil` for the pool's.
    private let client: HTTPClient?
    /// Where clients come from when the caller gave none.
    private let pool: HTTPClientPool

    /// Creates a transport over the SDK's shared clients, which connect within the timeout each call asks for.
    public init() {
        self.init(pool: .shared)
    }

    /// Creates a transport over the clients of `pool`.
    init(pool: HTTPClientPool) {
        client = nil
        self.pool = pool
    }

    /// Creates a transport over `client`, which the caller shuts down after the last request.
    ///
    /// The client's own connect timeout then applies to every call.
    public init(client: HTTPClient) {
        self.client = client
        pool = .shared
    }

    /// Sends `request` with AsyncHTTPClient, streaming the request body from its source and the response body
    /// as it arrives.
    public func send(_ request: HTTPRequest, body: HTTPRequestBody?, timeouts: HTTPTransportTimeouts) async throws
        -> (HTTPResponse, HTTPResponseBody)
    {
        var outgoing = HTTPClientRequest(
            url: "\(request.scheme ?? "https")://\(request.authority ?? "")\(request.path ?? "/")")
        outgoing.method = .init(rawValue: request.method.rawValue)
        outgoing.headers.reserveCapacity(request.headerFields.count)
        for field in request.headerFields {
            outgoing.headers.add(name: field.name.rawName, value: field.value)
        }
        let lease = client == nil ? pool.lease(connectTimeout: timeouts.connect) : nil
        let httpClient = client ?? lease!.client
        if let body {
            outgoing.body = Self.outgoingBody(body, writtenBy: httpClient.eventLoopGroup)
        }
        let response: HTTPClientResponse
        do {
            response = try await httpClient.execute(
                outgoing, timeout: .nanoseconds(timeouts.response.nanoseconds))
        } catch let error as HTTPClientError {
            throw Self.timeoutError(for: error, timeouts: timeouts, sharedClient: client == nil) ?? error
        }
        var fields = HTTPFields()
        fields.reserveCapacity(response.headers.count)
        for header in response.headers {
            if let name = HTTPField.Name(header.name) {
                fields.append(HTTPField(name: name, value: header.value))
            }
        }
        let head = HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields)
        return (head, HTTPResponseBody(response.body, owner: lease))
    }

    /// The body AsyncHTTPClient sends: in memory as it is, anything else streamed with its length when known,
    /// paced by the event loops of `group` so that the reader does not run ahead of the connection.
    private static func outgoingBody(_ body: HTTPRequestBody, writtenBy group: any EventLoopGroup)
        -> HTTPClientRequest.Body
    {
        if let bytes = body.bytesInMemory, body.progress == nil {
            return .bytes(bytes)
        }
        let length: HTTPClientRequest.Body.Length = body.length.map { .known($0) } ?? .unknown
        return .stream(EventLoopPacedChunks(body.makeChunks(), writtenBy: group), length: length)
    }

    /// The timeout error for an AsyncHTTPClient error that reports one, saying which limit passed, or
    /// `nil` for any other error.
    static func timeoutError(for error: HTTPClientError, timeouts: HTTPTransportTimeouts, sharedClient: Bool)
        -> NeosantaraError?
    {
        let message: String
        let kind: NeosantaraError.TimeoutKind
        switch error {
        case .deadlineExceeded, .writeTimeout:
            (message, kind) = ("no response within \(timeouts.response) (the request timeout)", .request)
        case .connectTimeout:
            let limit = sharedClient ? "within \(timeouts.connect)" : "within the HTTPClient's timeout"
            (message, kind) = ("could not connect \(limit) (the connect timeout)", .connect)
        case .readTimeout:
            (message, kind) = ("the server sent nothing within the HTTPClient's read timeout", .idle)
        default:
            return nil
        }
        return NeosantaraError(kind: .timeout, message: message, underlying: error, timeoutKind: kind)
    }
}

import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// The default ``HTTPTransport``, built on AsyncHTTPClient.
///
/// By default it uses an `HTTPClient` the SDK shares across the process, configured for an API client:
/// a failed connection fails the request at once (the SDK's retry policy decides what happens next), and
/// there is no read timeout, since a reasoning model may think for minutes before its first byte; the
/// SDK's own deadlines bound every request instead. That client lives as long as the process and needs
/// no shutdown. Pass your own `HTTPClient` to control its configuration; you then shut it down
/// yourself, after the last request.
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// The client that sends the requests.
    public let client: HTTPClient
    /// The connect timeout of ``client`` when it is one of the SDK's shared clients; `nil` for a caller's client.
    private let sharedConnectTimeout: Duration?

    /// Creates a transport over the SDK's shared clients.
    ///
    /// A ``NeosantaraClient`` passes its configured connect timeout with every call, and the transport
    /// uses the shared client with that timeout; `connectTimeout` applies to calls of
    /// ``send(_:body:timeout:)``, which names none.
    ///
    /// - Parameter connectTimeout: The most time to establish a connection. Defaults to 10 seconds.
    public init(connectTimeout: Duration = .seconds(10)) {
        self.client = SharedHTTPClients.client(connectTimeout: connectTimeout)
        self.sharedConnectTimeout = connectTimeout
    }

    /// Creates a transport over `client`, which the caller shuts down after the last request.
    ///
    /// The client's own connect timeout then applies to every call.
    public init(client: HTTPClient) {
        self.client = client
        self.sharedConnectTimeout = nil
    }

    /// Sends `request` with AsyncHTTPClient, streaming the response body as it arrives.
    public func send(
        _ request: HTTPRequest,
        body: Data?,
        timeout: Duration
    ) async throws -> (HTTPResponse, HTTPResponseBody) {
        try await execute(request, body: body, timeout: timeout, on: client, connectTimeout: sharedConnectTimeout)
    }

    /// Sends `request` with AsyncHTTPClient, over the shared client with `connectTimeout` unless the
    /// transport was given its own client.
    public func send(
        _ request: HTTPRequest,
        body: Data?,
        timeout: Duration,
        connectTimeout: Duration
    ) async throws -> (HTTPResponse, HTTPResponseBody) {
        guard sharedConnectTimeout != nil else {
            return try await execute(request, body: body, timeout: timeout, on: client, connectTimeout: nil)
        }
        return try await execute(
            request, body: body, timeout: timeout, on: SharedHTTPClients.client(connectTimeout: connectTimeout),
            connectTimeout: connectTimeout)
    }

    private func execute(
        _ request: HTTPRequest,
        body: Data?,
        timeout: Duration,
        on client: HTTPClient,
        connectTimeout: Duration?
    ) async throws -> (HTTPResponse, HTTPResponseBody) {
        var outgoing = HTTPClientRequest(
            url: "\(request.scheme ?? "https")://\(request.authority ?? "")\(request.path ?? "/")")
        outgoing.method = .init(rawValue: request.method.rawValue)
        for field in request.headerFields {
            outgoing.headers.add(name: field.name.rawName, value: field.value)
        }
        if let body {
            outgoing.body = .bytes(ByteBuffer(data: body))
        }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(outgoing, timeout: .nanoseconds(timeout.nanoseconds))
        } catch let error as HTTPClientError {
            throw Self.timeoutError(for: error, timeout: timeout, connectTimeout: connectTimeout) ?? error
        }
        var fields = HTTPFields()
        for header in response.headers {
            if let name = HTTPField.Name(header.name) {
                fields.append(HTTPField(name: name, value: header.value))
            }
        }
        let head = HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields)
        return (head, HTTPResponseBody(response.body) { Array($0.readableBytesView) })
    }

    /// The timeout error for an AsyncHTTPClient error that reports one, saying which limit passed, or
    /// `nil` for any other error.
    static func timeoutError(for error: HTTPClientError, timeout: Duration, connectTimeout: Duration?)
        -> NeosantaraError?
    {
        let message: String
        let kind: NeosantaraError.TimeoutKind
        switch error {
        case .deadlineExceeded, .writeTimeout:
            (message, kind) = ("no response within \(timeout) (the request timeout)", .request)
        case .connectTimeout:
            let limit = connectTimeout.map { "within \($0)" } ?? "within the HTTPClient's timeout"
            (message, kind) = ("could not connect \(limit) (the connect timeout)", .connect)
        case .readTimeout:
            (message, kind) = ("the server sent nothing within the HTTPClient's read timeout", .idle)
        default:
            return nil
        }
        return NeosantaraError(kind: .timeout, message: message, underlying: error, timeoutKind: kind)
    }
}

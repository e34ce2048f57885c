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

    /// Creates a transport over the SDK's shared client with the given connect timeout.
    ///
    /// - Parameter connectTimeout: The most time to establish a connection. Defaults to 10 seconds.
    public init(connectTimeout: Duration = .seconds(10)) {
        self.client = SharedHTTPClients.client(connectTimeout: connectTimeout)
    }

    /// Creates a transport over `client`, which the caller shuts down after the last request.
    public init(client: HTTPClient) {
        self.client = client
    }

    /// Sends `request` with AsyncHTTPClient, streaming the response body as it arrives.
    public func send(
        _ request: HTTPRequest,
        body: Data?,
        timeout: Duration
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
        } catch let error as HTTPClientError where Self.isTimeout(error) {
            throw NeosantaraError(kind: .timeout, message: "no response within \(timeout)", underlying: error)
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

    private static func isTimeout(_ error: HTTPClientError) -> Bool {
        [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(error)
    }
}

extension Duration {
    /// The duration in whole nanoseconds, saturating at `Int64.max`.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : scaled.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}

import AsyncHTTPClient
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPCompression
import NIOPosix

/// The process-wide `HTTPClient`s behind ``AsyncHTTPClientTransport``, one per connect timeout.
///
/// They live until the process ends, like `HTTPClient.shared`, so no caller ever has to shut one down.
enum SharedHTTPClients {
    private static let clients = NIOLockedValueBox<[Duration: HTTPClient]>([:])

    /// The shared client with `connectTimeout`, created on first use.
    static func client(connectTimeout: Duration) -> HTTPClient {
        clients.withLockedValue { clients in
            if let client = clients[connectTimeout] {
                return client
            }
            var configuration = HTTPClient.Configuration(
                redirectConfiguration: .follow(max: 5, allowCycles: false),
                timeout: .init(connect: .nanoseconds(connectTimeout.nanoseconds), read: nil),
                decompression: .enabled(limit: .ratio(100)))
            configuration.connectionPool.retryConnectionEstablishment = false
            let client = HTTPClient(
                eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
            clients[connectTimeout] = client
            return client
        }
    }
}

import AsyncHTTPClient
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPCompression
import NIOPosix

/// The process-wide `HTTPClient`s behind ``AsyncHTTPClientTransport``, one per connect timeout.
///
/// They live until the process ends, like `HTTPClient.shared`, so no caller ever has to shut one down.
/// Each opens up to ``connectionsPerHost`` HTTP/1.1 connections to a server, where AsyncHTTPClient's default
/// is 8: a stream holds its connection for as long as the model writes, so with 8 the ninth concurrent
/// stream would wait for one of the others to end.
enum SharedHTTPClients {
    /// The most HTTP/1.1 connections each shared client keeps to one server: as many as the official
    /// OpenAI Python SDK allows.
    static let connectionsPerHost = 1000

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
            configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = connectionsPerHost
            let client = HTTPClient(
                eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
            clients[connectTimeout] = client
            return client
        }
    }
}

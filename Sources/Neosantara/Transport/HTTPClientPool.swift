import AsyncHTTPClient
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPCompression
import NIOPosix

/// `HTTPClient`s shared by every request, one per connect timeout in use, and at most ``maximumClients`` of them:
/// the process-wide ``shared`` pool is behind ``AsyncHTTPClientTransport``.
///
/// AsyncHTTPClient sets the connect timeout per client, so calls with different connect timeouts need
/// different clients. The most recently used ones are kept; when a new timeout would make one too many, the
/// least recently used client takes no more requests and is shut down once the last response it is reading
/// ends, so that a program that varies the timeout does not grow without bound. No caller ever shuts one
/// down.
///
/// Each client opens up to ``connectionsPerHost`` HTTP/1.1 connections to a server, where AsyncHTTPClient's
/// default is 8: a stream holds its connection for as long as the model writes, so with 8 the ninth
/// concurrent stream would wait for one of the others to end. Clients follow no redirects: the SDK follows
/// them itself, and keeps the API key from other servers.
final class HTTPClientPool: Sendable {
    /// The pool every ``AsyncHTTPClientTransport`` made without a client of its own uses.
    static let shared = HTTPClientPool()

    /// The most HTTP/1.1 connections each client keeps to one server: as many as the official OpenAI Python SDK
    /// allows.
    static let connectionsPerHost = 1000
    /// The most clients that take requests at once.
    let maximumClients: Int

    /// Creates a pool of at most `maximumClients` clients that take requests. Defaults to 4.
    init(maximumClients: Int = 4) {
        self.maximumClients = maximumClients
    }

    /// Shuts down the clients that are left; a pool goes away only after the last lease of it has.
    deinit {
        state.withLockedValue { $0.current.values.map(\.client) }.forEach(Self.shutDown)
    }

    private struct Entry {
        var client: HTTPClient
        var leases = 0
        var lastUse: UInt64
    }

    private struct State {
        /// The clients that take requests, by connect timeout.
        var current: [Duration: Entry] = [:]
        /// Clients that take no more requests, by identity, with the leases still reading from them.
        var retired: [ObjectIdentifier: Entry] = [:]
        var uses: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    /// The client with `connectTimeout`, created on first use, held until the lease is released.
    func lease(connectTimeout: Duration) -> Lease {
        let (client, retiredIdle) = state.withLockedValue { state -> (HTTPClient, HTTPClient?) in
            state.uses += 1
            if var entry = state.current[connectTimeout] {
                entry.leases += 1
                entry.lastUse = state.uses
                state.current[connectTimeout] = entry
                return (entry.client, nil)
            }
            var idle: HTTPClient?
            if state.current.count >= maximumClients,
                let (timeout, oldest) = state.current.min(by: { $0.value.lastUse < $1.value.lastUse })
            {
                state.current[timeout] = nil
                if oldest.leases == 0 {
                    idle = oldest.client
                } else {
                    state.retired[ObjectIdentifier(oldest.client)] = oldest
                }
            }
            let client = Self.makeClient(connectTimeout: connectTimeout)
            state.current[connectTimeout] = Entry(client: client, leases: 1, lastUse: state.uses)
            return (client, idle)
        }
        retiredIdle.map(Self.shutDown)
        return Lease(pool: self, client: client, connectTimeout: connectTimeout)
    }

    /// The number of clients alive: those that take requests and those still finishing.
    var liveClientCount: Int {
        state.withLockedValue { $0.current.count + $0.retired.count }
    }

    /// Gives back a lease, shutting its client down when it was retired and this was its last lease.
    fileprivate func release(_ client: HTTPClient, connectTimeout: Duration) {
        let finished = state.withLockedValue { state -> HTTPClient? in
            if state.current[connectTimeout]?.client === client {
                state.current[connectTimeout]?.leases -= 1
                return nil
            }
            let id = ObjectIdentifier(client)
            guard var entry = state.retired[id] else { return nil }
            entry.leases -= 1
            guard entry.leases == 0 else {
                state.retired[id] = entry
                return nil
            }
            state.retired[id] = nil
            return entry.client
        }
        finished.map(Self.shutDown)
    }

    private static func shutDown(_ client: HTTPClient) {
        Task { try? await client.shutdown() }
    }

    private static func makeClient(connectTimeout: Duration) -> HTTPClient {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(connectTimeout.nanoseconds), read: nil),
            decompression: .enabled(limit: .ratio(100)))
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = Self.connectionsPerHost
        return HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }

    /// The use of a pooled client by one request, from sending it to the end of its response body.
    final class Lease: Sendable {
        let client: HTTPClient
        private let pool: HTTPClientPool
        private let connectTimeout: Duration

        fileprivate init(pool: HTTPClientPool, client: HTTPClient, connectTimeout: Duration) {
            self.pool = pool
            self.client = client
            self.connectTimeout = connectTimeout
        }

        deinit {
            pool.release(client, connectTimeout: connectTimeout)
        }
    }
}

import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// A real HTTP server that speaks the Neosantara API, for testing code that uses the SDK without a network or
/// an API key.
///
/// The server listens on 127.0.0.1 and a port the system picks, and answers every operation the SDK
/// supports with responses valid under the wire format: chat completions plain and streamed, reasoning,
/// embeddings, models, moderations and key status. With no script, it answers deterministically (see
/// <doc:DefaultBehavior>); queue a ``ScriptedReply`` to send something else, an error or a fault. It records
/// every request for assertions.
///
/// ```swift
/// try await NeosantaraTestServer.withServer { server in
///     let client = NeosantaraClient(apiKey: "nsk_test", baseURL: server.baseURL)
///     let reply = try await client.chat.completions.create(model: "nusantara-base", messages: [.user("Halo")])
///     #expect(reply.choices[0].message.content == "Echo: Halo")
///     #expect(server.requests.count == 1)
/// }
/// ```
///
/// For a long-running server, as `neosantara serve` runs it, create one and run it as a `Service`.
public final class NeosantaraTestServer: Service, Sendable {
    /// The configuration the server was created with.
    public let configuration: Configuration

    private struct State {
        var requests: [RecordedRequest] = []
        var queues: [Route: [ScriptedReply]] = [:]
    }

    private let state = NIOLockedValueBox(State())
    private let listening = ListeningSignal()
    /// The replies whose client went away before the server finished writing them.
    let disconnects = DisconnectLog()
    /// The files uploaded to `POST /v1/files`.
    let files = FileStore()
    /// The batches created with `POST /v1/batches`.
    let batches = BatchStore()
    /// The responses `POST /v1/responses` stored.
    let responses = ResponseStore()
    /// The jobs started with `POST /v1/videos`.
    let videos = VideoStore()

    /// Creates a server; it listens once ``run()`` runs.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Runs `body` with a listening server, and stops the server when `body` returns or throws.
    ///
    /// - Parameters:
    ///   - configuration: Where to listen and what to serve; see ``Configuration`` for the defaults.
    ///   - isolation: The actor `body` runs on: the caller's, by default.
    ///   - body: The code under test; ``baseURL`` is ready when it starts.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws, or the error that kept the server from listening.
    public static func withServer<Result>(
        configuration: Configuration = Configuration(),
        isolation: isolated (any Actor)? = #isolation,
        _ body: (NeosantaraTestServer) async throws -> Result
    ) async throws -> Result {
        let server = NeosantaraTestServer(configuration: configuration)
        let group = ServiceGroup(configuration: .init(services: [server], logger: configuration.logger))
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { tasks in
            tasks.addTask { try await group.run() }
            do {
                _ = try await server.waitUntilListening()
                let result = try await body(server)
                await group.triggerGracefulShutdown()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
        }
    }

    /// Listens and answers requests until the task is cancelled or a graceful shutdown is triggered.
    ///
    /// - Throws: The error that kept the server from listening, such as a port already in use.
    public func run() async throws {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let listening = self.listening
        let application = Application(
            responder: TestServerResponder(server: self),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                listening.listen(at: URL(string: "http://\(host):\(port)/v1")!)
            },
            logger: configuration.logger
        )
        do {
            try await application.run()
            listening.stop(with: CancellationError())
        } catch {
            listening.stop(with: error)
            throw error
        }
    }

    /// Waits until the server listens, and returns its base URL.
    ///
    /// - Throws: The error that kept the server from listening, or `CancellationError`.
    public func waitUntilListening() async throws -> URL {
        try await listening.wait()
    }

    /// The URL to give the client, for example `http://127.0.0.1:52431/v1`.
    ///
    /// Inside ``withServer(configuration:isolation:_:)`` it is always ready. With ``run()``, read it after
    /// ``waitUntilListening()`` returns; reading it before the server listens stops the program.
    public var baseURL: URL {
        guard let url = listening.url else {
            preconditionFailure("NeosantaraTestServer.baseURL was read before the server listened")
        }
        return url
    }

    // MARK: Recording

    /// Every request received so far, in order.
    public var requests: [RecordedRequest] {
        state.withLockedValue { $0.requests }
    }

    /// The files the server holds, oldest first: uploaded with `POST /v1/files` and not deleted.
    public var storedFiles: [StoredFile] {
        files.all
    }

    /// Forgets the requests received so far.
    public func removeAllRequests() {
        state.withLockedValue { $0.requests.removeAll() }
    }

    /// Records `request` and returns its number on this server, from 1.
    func record(_ request: RecordedRequest) -> Int {
        state.withLockedValue { state in
            state.requests.append(request)
            return state.requests.count
        }
    }

    /// The number of replies whose client closed the connection before the server had finished writing them.
    ///
    /// The server notices a closed connection when it next writes to it: the next event of a stream, or a
    /// keep-alive comment of ``ScriptedReply/keepingAlive(every:)``, which goes on until the client leaves.
    /// Connections the server closes itself, as a scripted fault, do not count.
    public var clientDisconnects: Int {
        disconnects.count
    }

    /// Waits until ``clientDisconnects`` reaches `count`, for at most `timeout`, and returns whether it did.
    ///
    /// ```swift
    /// server.enqueue(.standard.keepingAlive(every: .milliseconds(10)), for: .chatCompletions)
    /// let stream = try await client.chat.completions.stream(model: "m", messages: [.user("Halo")])
    /// for try await _ in stream { break }                  // the code under test stops reading
    /// #expect(await server.waitForClientDisconnects(timeout: .seconds(1)))
    /// ```
    ///
    /// - Parameters:
    ///   - count: The number of disconnects to wait for, counted since the server started. Defaults to 1.
    ///   - timeout: The longest wait.
    /// - Returns: `true` when ``clientDisconnects`` reached `count` in time, else `false`.
    public func waitForClientDisconnects(_ count: Int = 1, timeout: Duration) async -> Bool {
        await disconnects.wait(for: count, timeout: timeout)
    }

    // MARK: Scripts

    /// Queues `reply` to answer the next request to `endpoint` that has the right key.
    ///
    /// Replies are used in the order they were queued, each once; when none is left, the default behaviour
    /// answers.
    public func enqueue(_ reply: ScriptedReply, for endpoint: Route) {
        enqueue([reply], for: endpoint)
    }

    /// Queues `replies` to answer the next requests to `endpoint`, in order.
    public func enqueue(_ replies: [ScriptedReply], for endpoint: Route) {
        state.withLockedValue { $0.queues[endpoint, default: []].append(contentsOf: replies) }
    }

    /// The number of replies still queued for `endpoint`.
    public func pendingReplies(for endpoint: Route) -> Int {
        state.withLockedValue { $0.queues[endpoint]?.count ?? 0 }
    }

    /// Takes the next reply queued for `endpoint`.
    func dequeueReply(for endpoint: Route) -> ScriptedReply? {
        state.withLockedValue { state in
            guard var queue = state.queues[endpoint], !queue.isEmpty else { return nil }
            let reply = queue.removeFirst()
            state.queues[endpoint] = queue
            return reply
        }
    }
}

import Foundation
import HTTPTypes
import Logging
import Metrics
import Tracing

extension NeosantaraClient {
    /// How a client connects: key, server, headers, limits.
    ///
    /// ```swift
    /// var configuration = NeosantaraClient.Configuration()
    /// configuration.baseURL = URL(string: "http://127.0.0.1:8080/v1")!
    /// configuration.timeout.request = .seconds(120)
    /// let client = NeosantaraClient(configuration: configuration)
    /// ```
    public struct Configuration: Sendable {
        /// The API key. Defaults to the `NEOSANTARA_API_KEY` environment variable.
        ///
        /// When there is none, every request fails with ``NeosantaraError/Kind/missingAPIKey`` before
        /// anything is sent.
        public var apiKey: APIKey?
        /// The API's base URL, with or without a trailing slash. Defaults to `NEOSANTARA_BASE_URL`, else
        /// ``defaultBaseURL``. Any OpenAI-compatible server works.
        public var baseURL: URL
        /// The base URL of the Anthropic-compatible API, which ``NeosantaraClient/anthropic`` calls. Defaults to
        /// `nil`: ``baseURL``'s origin followed by `/anthropic/v1` (``effectiveAnthropicBaseURL``).
        public var anthropicBaseURL: URL?
        /// The `anthropic-version` header the Anthropic-compatible API's calls send, unless ``defaultHeaders``
        /// or a call's headers set one. Defaults to `2023-06-01`.
        public var anthropicVersion = "2023-06-01"
        /// Headers sent with every request, for example `X-Guard: on`. They replace the SDK's own
        /// headers of the same name, except `Authorization`, which always carries ``apiKey``.
        public var defaultHeaders: HTTPFields
        /// Time limits.
        public var timeout: Timeouts
        /// When failed calls are sent again. Defaults to ``RetryPolicy/default``: up to 3 attempts on
        /// connection errors, timeouts, 408, 409, 429 and 5xx, with exponential backoff.
        public var retry: RetryPolicy
        /// The largest response body the client reads, in bytes. Defaults to 64 MiB.
        public var maximumResponseBodySize: Int
        /// Where the client logs: one debug line per attempt (method, path, model, status, attempt,
        /// duration, request id), and at trace level the headers and bodies with the key and other secrets
        /// replaced. Defaults to a logger that discards everything.
        public var logger = Logger(label: "neosantara", factory: { _ in SwiftLogNoOpLogHandler() })
        /// Where the client reports its metrics (<doc:Observability> names them).
        /// Defaults to `nil`: the factory the application bootstrapped with `MetricsSystem.bootstrap`, which
        /// discards everything until one is.
        public var metricsFactory: (any MetricsFactory)?
        /// The tracer for the client's spans, one per call and one per attempt, which also writes the trace
        /// context into each request's headers. Defaults to `nil`: the tracer and propagator the application
        /// bootstrapped with `InstrumentationSystem.bootstrap`, which record nothing until one is.
        public var tracer: (any Tracer)?
        /// Code that runs before each attempt, after each successful response and after each failure, in
        /// order before and in reverse order after. Defaults to none.
        public var middleware: [any NeosantaraMiddleware] = []
        /// Waits between attempts; tests replace it to record the waits instead of sleeping.
        var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
        /// The clock long-running jobs are polled on; tests replace it to run the waits at once.
        var clock: any Clock<Duration> = ContinuousClock()

        /// The base URL the Anthropic-compatible API's calls go to: ``anthropicBaseURL`` when set, else
        /// ``baseURL``'s scheme, host and port followed by `/anthropic/v1`, such as
        /// `https://api.neosantara.xyz/anthropic/v1`.
        public var effectiveAnthropicBaseURL: URL {
            if let anthropicBaseURL { return anthropicBaseURL }
            guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false), components.host != nil
            else { return baseURL.appendingPathComponent("anthropic/v1") }
            components.percentEncodedPath = "/anthropic/v1"
            components.query = nil
            components.fragment = nil
            return components.url ?? baseURL
        }

        /// The real API: `https://api.neosantara.xyz/v1`.
        public static let defaultBaseURL = URL(string: "https://api.neosantara.xyz/v1")!

        /// Creates a configuration with the documented defaults.
        ///
        /// - Parameters:
        ///   - apiKey: The key; `NEOSANTARA_API_KEY` by default.
        ///   - baseURL: The server; `NEOSANTARA_BASE_URL`, else ``defaultBaseURL``, when `nil`.
        ///   - defaultHeaders: Headers for every request.
        ///   - timeout: Time limits.
        ///   - retry: When failed calls are sent again.
        ///   - maximumResponseBodySize: The largest body the client reads, in bytes.
        public init(
            apiKey: APIKey? = .fromEnvironment(),
            baseURL: URL? = nil,
            defaultHeaders: HTTPFields = [:],
            timeout: Timeouts = Timeouts(),
            retry: RetryPolicy = .default,
            maximumResponseBodySize: Int = 64 * 1024 * 1024
        ) {
            self.apiKey = apiKey
            self.baseURL =
                baseURL
                ?? Environment.value(of: "NEOSANTARA_BASE_URL").flatMap(URL.init(string:))
                ?? Self.defaultBaseURL
            self.defaultHeaders = defaultHeaders
            self.timeout = timeout
            self.retry = retry
            self.maximumResponseBodySize = maximumResponseBodySize
        }

        /// Time limits for a request. Each applies to every attempt of a call on its own; bound a whole
        /// call, retries included, with ``RetryPolicy/maxElapsedTime``.
        public struct Timeouts: Sendable, Hashable {
            /// The most time one attempt may take, from sending the request to the last byte of the
            /// response — or, for a stream, to the response head, after which ``idle`` applies.
            /// Defaults to 600 seconds, long enough for reasoning models.
            public var request: Duration
            /// The most time to establish a connection to the server. Defaults to 10 seconds.
            public var connect: Duration
            /// The most time the response body may pause between two chunks, for example between two
            /// events of a stream. Defaults to 120 seconds.
            public var idle: Duration

            /// Creates time limits.
            ///
            /// - Parameters:
            ///   - request: The most time one attempt may take.
            ///   - connect: The most time to establish a connection.
            ///   - idle: The most time the response body may pause between two chunks.
            public init(
                request: Duration = .seconds(600), connect: Duration = .seconds(10), idle: Duration = .seconds(120)
            ) {
                self.request = request
                self.connect = connect
                self.idle = idle
            }
        }
    }
}

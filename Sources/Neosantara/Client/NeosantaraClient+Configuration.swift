import Foundation
import HTTPTypes

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
        /// Headers sent with every request, for example `X-Guard: on`. They replace the SDK's own
        /// headers of the same name, except `Authorization`, which always carries ``apiKey``.
        public var defaultHeaders: HTTPFields
        /// Time limits.
        public var timeout: Timeouts
        /// The largest response body the client reads, in bytes. Defaults to 64 MiB.
        public var maximumResponseBodySize: Int

        /// The real API: `https://api.neosantara.xyz/v1`.
        public static let defaultBaseURL = URL(string: "https://api.neosantara.xyz/v1")!

        /// Creates a configuration with the documented defaults.
        ///
        /// - Parameters:
        ///   - apiKey: The key; `NEOSANTARA_API_KEY` by default.
        ///   - baseURL: The server; `NEOSANTARA_BASE_URL`, else ``defaultBaseURL``, when `nil`.
        ///   - defaultHeaders: Headers for every request.
        ///   - timeout: Time limits.
        ///   - maximumResponseBodySize: The largest body the client reads, in bytes.
        public init(
            apiKey: APIKey? = .fromEnvironment(),
            baseURL: URL? = nil,
            defaultHeaders: HTTPFields = [:],
            timeout: Timeouts = Timeouts(),
            maximumResponseBodySize: Int = 64 * 1024 * 1024
        ) {
            self.apiKey = apiKey
            self.baseURL =
                baseURL
                ?? Environment.value(of: "NEOSANTARA_BASE_URL").flatMap(URL.init(string:))
                ?? Self.defaultBaseURL
            self.defaultHeaders = defaultHeaders
            self.timeout = timeout
            self.maximumResponseBodySize = maximumResponseBodySize
        }

        /// Time limits for a request.
        public struct Timeouts: Sendable, Hashable {
            /// The most time one request may take, from sending to the last byte of the response.
            /// Defaults to 600 seconds, long enough for reasoning models.
            public var request: Duration

            /// Creates time limits.
            public init(request: Duration = .seconds(600)) {
                self.request = request
            }
        }
    }
}

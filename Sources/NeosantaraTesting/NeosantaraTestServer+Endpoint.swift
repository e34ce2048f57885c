import Foundation
import HTTPTypes

extension NeosantaraTestServer {
    /// An operation the test server answers, by method and path.
    ///
    /// Use an endpoint to queue a ``ScriptedReply`` for it, and to find the ``RecordedRequest``s it received:
    ///
    /// ```swift
    /// server.enqueue(.rateLimited(retryAfter: 2), for: .chatCompletions)
    /// let chats = server.requests.filter { $0.endpoint == .chatCompletions }
    /// ```
    public struct Endpoint: Hashable, Sendable, CustomStringConvertible {
        /// The HTTP method.
        public let method: HTTPRequest.Method
        /// The path, starting with `/v1`; `{id}` stands for a path parameter.
        public let path: String

        private init(_ method: HTTPRequest.Method, _ path: String) {
            self.method = method
            self.path = path
        }

        /// `POST /v1/chat/completions`.
        public static let chatCompletions = Endpoint(.post, "/v1/chat/completions")
        /// `POST /v1/reasoning`.
        public static let reasoning = Endpoint(.post, "/v1/reasoning")
        /// `POST /v1/embeddings`.
        public static let embeddings = Endpoint(.post, "/v1/embeddings")
        /// `GET /v1/models`.
        public static let listModels = Endpoint(.get, "/v1/models")
        /// `GET /v1/models/{id}`.
        public static let retrieveModel = Endpoint(.get, "/v1/models/{id}")
        /// `POST /v1/moderations`.
        public static let moderations = Endpoint(.post, "/v1/moderations")
        /// `GET /v1/auth/key`.
        public static let keyStatus = Endpoint(.get, "/v1/auth/key")

        /// Every endpoint the server answers.
        public static let all: [Endpoint] = [
            .chatCompletions, .reasoning, .embeddings, .listModels, .retrieveModel, .moderations, .keyStatus,
        ]

        /// `POST /v1/chat/completions`, for example.
        public var description: String { "\(method) \(path)" }

        /// The endpoint whose path matches `path`, ignoring the method, with the path parameter when it has one.
        static func match(path: String) -> (endpoint: Endpoint, parameter: String?)? {
            let modelPrefix = "/v1/models/"
            if path.hasPrefix(modelPrefix), path.count > modelPrefix.count {
                let encoded = String(path.dropFirst(modelPrefix.count))
                return (.retrieveModel, encoded.removingPercentEncoding ?? encoded)
            }
            return all.first { $0.path == path }.map { ($0, nil) }
        }
    }
}

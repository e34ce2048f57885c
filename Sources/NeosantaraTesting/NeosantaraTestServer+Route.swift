import Foundation
import HTTPTypes

extension NeosantaraTestServer {
    /// An operation the test server answers, by method and path.
    ///
    /// Use a route to queue a ``ScriptedReply`` for it, and to find the ``RecordedRequest``s it received:
    ///
    /// ```swift
    /// server.enqueue(.rateLimited(retryAfter: 2), for: .chatCompletions)
    /// let chats = server.requests.filter { $0.route == .chatCompletions }
    /// ```
    public struct Route: Hashable, Sendable, CustomStringConvertible {
        /// The HTTP method.
        public let method: HTTPRequest.Method
        /// The path, starting with `/v1` or `/anthropic/v1`; `{id}` stands for a path parameter.
        public let path: String

        init(_ method: HTTPRequest.Method, _ path: String) {
            self.method = method
            self.path = path
        }

        /// `POST /v1/chat/completions`.
        public static let chatCompletions = Route(.post, "/v1/chat/completions")
        /// `POST /v1/reasoning`.
        public static let reasoning = Route(.post, "/v1/reasoning")
        /// `POST /v1/embeddings`.
        public static let embeddings = Route(.post, "/v1/embeddings")
        /// `GET /v1/models`.
        public static let listModels = Route(.get, "/v1/models")
        /// `GET /v1/models/{id}`.
        public static let retrieveModel = Route(.get, "/v1/models/{id}")
        /// `POST /v1/moderations`.
        public static let moderations = Route(.post, "/v1/moderations")
        /// `GET /v1/auth/key`.
        public static let keyStatus = Route(.get, "/v1/auth/key")
        /// `POST /v1/files`: a multipart upload.
        public static let uploadFile = Route(.post, "/v1/files")
        /// `GET /v1/files`.
        public static let listFiles = Route(.get, "/v1/files")
        /// `GET /v1/files/{id}`.
        public static let retrieveFile = Route(.get, "/v1/files/{id}")
        /// `DELETE /v1/files/{id}`.
        public static let deleteFile = Route(.delete, "/v1/files/{id}")
        /// `GET /v1/files/{id}/content`.
        public static let fileContent = Route(.get, "/v1/files/{id}/content")
        /// `POST /v1/batches`.
        public static let createBatch = Route(.post, "/v1/batches")
        /// `GET /v1/batches`.
        public static let listBatches = Route(.get, "/v1/batches")
        /// `GET /v1/batches/{id}`.
        public static let retrieveBatch = Route(.get, "/v1/batches/{id}")
        /// `POST /v1/batches/{id}/cancel`.
        public static let cancelBatch = Route(.post, "/v1/batches/{id}/cancel")

        /// `POST /v1/responses`.
        public static let createResponse = Route(.post, "/v1/responses")
        /// `GET /v1/responses/{id}`.
        public static let retrieveResponse = Route(.get, "/v1/responses/{id}")
        /// `DELETE /v1/responses/{id}`.
        public static let deleteResponse = Route(.delete, "/v1/responses/{id}")
        /// `POST /v1/responses/{id}/cancel`.
        public static let cancelResponse = Route(.post, "/v1/responses/{id}/cancel")
        /// `GET /v1/responses/{id}/input_items`.
        public static let listResponseInputItems = Route(.get, "/v1/responses/{id}/input_items")

        /// `POST /anthropic/v1/messages`: the Anthropic-compatible Messages API.
        public static let anthropicMessages = Route(.post, "/anthropic/v1/messages")
        /// `POST /anthropic/v1/messages/count_tokens`.
        public static let anthropicCountTokens = Route(.post, "/anthropic/v1/messages/count_tokens")
        /// `GET /anthropic/v1/models`.
        public static let anthropicListModels = Route(.get, "/anthropic/v1/models")
        /// `GET /anthropic/v1/models/{id}`.
        public static let anthropicRetrieveModel = Route(.get, "/anthropic/v1/models/{id}")

        /// Every route the server answers.
        public static let all: [Route] = core + media

        /// The routes of chat, embeddings, models, moderations, key status, files, batches and responses.
        private static let core: [Route] = [
            .chatCompletions, .reasoning, .embeddings, .listModels, .retrieveModel, .moderations, .keyStatus,
            .uploadFile, .listFiles, .retrieveFile, .deleteFile, .fileContent, .createBatch, .listBatches,
            .retrieveBatch, .cancelBatch,
            .createResponse, .retrieveResponse, .deleteResponse, .cancelResponse, .listResponseInputItems,
            .anthropicMessages, .anthropicCountTokens, .anthropicListModels, .anthropicRetrieveModel,
        ]

        /// Whether the route belongs to the Anthropic-compatible API, which takes the key in `x-api-key` too
        /// and answers errors in Anthropic's shape.
        public var isAnthropic: Bool { path.hasPrefix("/anthropic/") }

        /// `POST /v1/chat/completions`, for example.
        public var description: String { "\(method) \(path)" }

        /// What a request's method and path match: the route with its path parameter, or the routes of the
        /// path when none has the method; `nil` when the server serves no such path.
        enum Match {
            case route(Route, parameter: String?)
            case wrongMethod(allowed: [Route])

            /// The route matched, when the method matched too.
            var route: Route? {
                guard case .route(let route, _) = self else { return nil }
                return route
            }
        }

        /// The route `method` and `path` match.
        static func match(_ method: HTTPRequest.Method, path: String) -> Match? {
            var allowed: [Route] = []
            for route in all {
                guard let parameter = route.parameter(in: path) else { continue }
                if route.method == method {
                    return .route(route, parameter: parameter.isEmpty ? nil : parameter)
                }
                allowed.append(route)
            }
            return allowed.isEmpty ? nil : .wrongMethod(allowed: allowed)
        }

        /// The decoded `{id}` segment when `path` matches this route's pattern, the empty string when the
        /// pattern has none, or `nil` when it does not match.
        private func parameter(in path: String) -> String? {
            let pattern = self.path.split(separator: "/", omittingEmptySubsequences: false)
            let segments = path.split(separator: "/", omittingEmptySubsequences: false)
            guard pattern.count == segments.count else { return nil }
            var parameter = ""
            for (expected, segment) in zip(pattern, segments) {
                if expected == "{id}" {
                    guard !segment.isEmpty else { return nil }
                    parameter = segment.removingPercentEncoding ?? String(segment)
                } else if expected != segment {
                    return nil
                }
            }
            return parameter
        }
    }
}

import Foundation
import HTTPTypes
import Neosantara

/// A request the test server received, kept for assertions.
///
/// ```swift
/// let sent = try server.requests[0].decodeBody(as: ChatCompletionsRequest.self)
/// #expect(sent.temperature == 0.2)
/// #expect(server.requests[0].headers[.authorization] == "Bearer nsk_test")
/// ```
///
/// The description leaves out the headers, so printing a request never shows the API key it carried.
public struct RecordedRequest: Sendable, CustomStringConvertible {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The path without the query, percent-encoded as sent, for example `/v1/models/deepseek%2Fr1`.
    public var path: String
    /// The request target exactly as sent: the path and the query, percent-encoded, in the client's order, for
    /// example `/v1/models?provider=google&capability=chat`.
    public var target: String
    /// The query parameters, decoded; a repeated name keeps its last value.
    public var query: [String: String]
    /// The request headers, `Authorization` included.
    public var headers: HTTPFields
    /// The raw body; empty when there was none.
    public var body: Data
    /// The route the method and path matched, or `nil` for a request the server does not serve.
    public var route: NeosantaraTestServer.Route?

    /// Creates a recorded request.
    init(
        method: HTTPRequest.Method,
        path: String,
        target: String,
        query: [String: String] = [:],
        headers: HTTPFields = [:],
        body: Data = Data(),
        route: NeosantaraTestServer.Route? = nil
    ) {
        self.method = method
        self.path = path
        self.target = target
        self.query = query
        self.headers = headers
        self.body = body
        self.route = route
    }

    /// The body decoded as JSON, or `nil` when it is empty or not JSON.
    public var json: JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: body)
    }

    /// Decodes the body as `type`, for example `ChatCompletionsRequest`.
    ///
    /// - Throws: The decoder's error when the body is not JSON of that shape.
    public func decodeBody<Value: Decodable>(as type: Value.Type) throws -> Value {
        try JSONDecoder().decode(type, from: body)
    }

    /// The bearer token of the `Authorization` header, or `nil` when there is none.
    public var bearerToken: String? {
        guard let authorization = headers[.authorization] else { return nil }
        let prefix = "bearer "
        guard authorization.lowercased().hasPrefix(prefix) else { return nil }
        return String(authorization.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
    }

    /// `POST /v1/chat/completions (312 bytes)` or `GET /v1/models?capability=chat (0 bytes)`, without headers.
    public var description: String {
        let queryText = query.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        return "\(method) \(path)\(queryText.isEmpty ? "" : "?" + queryText) (\(body.count) bytes)"
    }
}

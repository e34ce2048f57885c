import HTTPTypes

/// Settings for one call that override the client's configuration.
///
/// ```swift
/// let reply = try await client.chat.completions.create(
///     request,
///     options: RequestOptions(timeout: .seconds(30), headers: [.init("X-Guard")!: "on"]))
/// ```
public struct RequestOptions: Sendable {
    /// The most time this call may take; the configuration's request timeout when `nil`.
    public var timeout: Duration?
    /// Headers for this call; they replace the configuration's and the SDK's headers of the same name,
    /// except `Authorization`.
    public var headers: HTTPFields
    /// The `x-request-id` to send; the SDK generates one when `nil`.
    public var requestID: String?

    /// Creates options.
    public init(timeout: Duration? = nil, headers: HTTPFields = [:], requestID: String? = nil) {
        self.timeout = timeout
        self.headers = headers
        self.requestID = requestID
    }
}

/// The body of `POST /mcp/summarize-audit`: a structured audit, such as the result of
/// ``MCP/auditWeb(url:parameters:options:)``, and the model to summarize it with.
public struct SummarizeAuditRequest: Codable, Hashable, Sendable {
    /// The audit to summarize, as an object.
    public var audit: JSONValue
    /// One of the gateway's MCP-allowlisted models; the server's default when `nil`.
    public var model: String?

    /// Creates a request.
    public init(audit: JSONValue, model: String? = nil) {
        self.audit = audit
        self.model = model
    }
}

/// What `POST /mcp/summarize-audit` returns: a short summary of an audit's findings.
public struct AuditSummary: Codable, Hashable, Sendable {
    /// `mcp_audit_summary`.
    public var object: String
    /// The model that wrote the summary.
    public var model: String
    /// The findings in a few sentences.
    public var summary: String
    /// What the summary cost, when the server says; the spec sends `null`.
    public var usage: JSONValue?

    /// Creates a summary.
    public init(object: String = "mcp_audit_summary", model: String, summary: String, usage: JSONValue? = nil) {
        self.object = object
        self.model = model
        self.summary = summary
        self.usage = usage
    }
}

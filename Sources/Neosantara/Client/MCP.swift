import HTTPTypes

/// `POST /mcp/*`: the gateway's web audits for MCP clients, and summaries of them.
///
/// ```swift
/// let audit = try await client.mcp.auditWeb(url: "https://example.com")
/// let summary = try await client.mcp.summarizeAudit(audit.value)
/// print(summary.summary)
/// ```
public struct MCP: Sendable {
    let executor: RequestExecutor

    /// Audits a web page: `POST /mcp/audit-web`.
    ///
    /// - Parameters:
    ///   - url: The page to audit.
    ///   - parameters: Further fields of the request, which the spec leaves open.
    ///   - options: Settings for this call only.
    /// - Returns: The audit, an open JSON object.
    public func auditWeb(
        url: String, parameters: [String: JSONValue] = [:], options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<JSONValue> {
        guard !url.isEmpty else { throw .invalidParameter("url", "must not be empty") }
        var body = parameters
        body["url"] = .string(url)
        return try await executor.send(
            Route(method: .post, path: "/mcp/audit-web", operation: "mcp_audit_web"), .json(JSONValue.object(body)),
            options: options)
    }

    /// Summarizes an audit: `POST /mcp/summarize-audit`.
    ///
    /// - Parameters:
    ///   - audit: The audit, such as the value ``auditWeb(url:parameters:options:)`` returned; must be an object.
    ///   - model: An MCP-allowlisted model; the server's default when `nil`.
    ///   - options: Settings for this call only.
    public func summarizeAudit(_ audit: JSONValue, model: String? = nil, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<AuditSummary>
    {
        guard audit.objectValue != nil else { throw .invalidParameter("audit", "must be a JSON object") }
        return try await executor.send(
            Route(method: .post, path: "/mcp/summarize-audit", operation: "mcp_summarize_audit", model: model),
            .json(SummarizeAuditRequest(audit: audit, model: model)), options: options)
    }
}

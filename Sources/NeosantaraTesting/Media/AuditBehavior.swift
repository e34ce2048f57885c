import Foundation
import Neosantara

/// The default answers to `POST /v1/mcp/audit-web` and `POST /v1/mcp/summarize-audit`.
///
/// An audit of `url` is `{"object": "mcp_web_audit", "url", "status": "completed", "score": 87, "findings": […]}`
/// with two findings (a missing meta description, an image without alt text). A summary counts the findings of
/// the audit it is given: `Audit of https://…: 2 findings (score 87). …`.
struct AuditBehavior {
    let context: ReplyContext

    /// `POST /v1/mcp/audit-web`: needs a `url` string.
    func audit(_ body: Data) throws(Rejection) -> Reply {
        let object = try RequestValidation.jsonObject(body)
        guard let url = object["url"]?.stringValue, !url.isEmpty else {
            throw Rejection(APIErrorReply.missingParameter("url"))
        }
        let findings: [JSONValue] = [
            ["id": "meta-description", "severity": "medium", "message": "The page has no meta description."],
            ["id": "image-alt", "severity": "low", "message": "An image has no alt text."],
        ]
        return context.json(
            JSONValue.object([
                "object": "mcp_web_audit", "id": .string("audit-test-\(context.sequence)"), "url": .string(url),
                "status": "completed", "score": 87, "findings": .array(findings),
            ]))
    }

    /// `POST /v1/mcp/summarize-audit`: needs an `audit` object.
    func summarize(_ body: Data) throws(Rejection) -> Reply {
        let object = try RequestValidation.jsonObject(body)
        guard let audit = object["audit"], audit != .null else {
            throw Rejection(APIErrorReply.missingParameter("audit"))
        }
        guard let fields = audit.objectValue else {
            throw Rejection(APIErrorReply.invalidParameter("audit", "`audit` must be an object."))
        }
        let findings = fields["findings"]?.arrayValue ?? []
        var summary = "Audit of \(fields["url"]?.stringValue ?? "the page"): \(findings.count) finding(s)"
        if let score = fields["score"]?.intValue {
            summary += " (score \(score))"
        }
        summary += "."
        let messages = findings.compactMap { $0["message"]?.stringValue }
        if !messages.isEmpty {
            summary += " " + messages.joined(separator: " ")
        }
        let model = object["model"]?.stringValue ?? "nusantara-base"
        return context.json(AuditSummary(model: model, summary: summary, usage: .null))
    }
}

import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's OCR and MCP audit routes.
@Suite("OCR and MCP audits")
struct OCRAndAuditServerTests {
    @Test("OCR text is derived from the image bytes, with or without a data: prefix; bad input is a 400")
    func ocr() async throws {
        try await NeosantaraTestServer.withServer { server in
            let plain = try await send(server, .post, "/v1/ocr", body: #"{"image":"AQID","image_type":"base64"}"#)
            let prefixed = try await send(
                server, .post, "/v1/ocr", body: #"{"image":"data:image/png;base64,AQID","image_type":"base64"}"#)
            #expect(plain.json?["extracted_text"]?.stringValue?.hasPrefix("Text read from an image of 3 bytes") == true)
            #expect(plain.json?["extracted_text"] == prefixed.json?["extracted_text"])
            #expect(plain.json?["model"] == "deepseek-ocr")
            for (body, parameter) in [
                (#"{"image":"%%%","image_type":"base64"}"#, "image"),
                (#"{"image":"ftp://x/y.png"}"#, "image"),
                (#"{"image":"AQID","image_type":"pdf"}"#, "image_type"),
                (#"{"image_type":"url"}"#, "image"),
            ] {
                let response = try await send(server, .post, "/v1/ocr", body: body)
                #expect(response.head.status == .badRequest)
                #expect(response.json?["error"]?["param"]?.stringValue == parameter, "\(body)")
            }
        }
    }

    @Test("audit-web needs a url; summarize-audit needs an audit object")
    func audits() async throws {
        try await NeosantaraTestServer.withServer { server in
            let audit = try await send(server, .post, "/v1/mcp/audit-web", body: #"{"url":"https://a.id"}"#)
            #expect(audit.json?["score"] == 87)
            let summary = try await send(
                server, .post, "/v1/mcp/summarize-audit", body: #"{"audit":{"url":"https://a.id","findings":[]}}"#)
            #expect(summary.json?["summary"] == "Audit of https://a.id: 0 finding(s).")
            #expect(summary.json?["usage"] == .null)
            let noURL = try await send(server, .post, "/v1/mcp/audit-web", body: "{}")
            #expect(noURL.json?["error"]?["param"] == "url")
            let noAudit = try await send(server, .post, "/v1/mcp/summarize-audit", body: #"{"audit":[1]}"#)
            #expect(noAudit.json?["error"]?["param"] == "audit")
        }
    }
}

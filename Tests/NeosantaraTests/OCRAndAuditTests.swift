import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// OCR and the MCP audits over loopback.
@Suite("OCR and MCP audits")
struct OCRAndAuditTests {
    /// A 2 × 3 PNG, the smallest the test server's description names.
    static let png = Data(
        base64Encoded:
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEElEQVR4nGMQUDAAIgYUCgAW9QJBFAxP+QAAAABJRU5ErkJggg==")!

    @Test("A local file is encoded by the SDK as base64; the text and every other field come back")
    func localFile() async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("ktp.png")
            try Self.png.write(to: url)
            try await NeosantaraTestServer.withServer { server in
                let result = try await makeClient(server.baseURL).ocr.create(
                    try OCRRequest(imageFile: url, prompt: "NIK saja.", returnImage: true))
                #expect(
                    result.extractedText?.hasPrefix("Text read from a 2x3 PNG image of \(Self.png.count) bytes") == true
                )
                #expect(result.extractedText?.hasSuffix("Prompt: NIK saja.") == true)
                #expect(result.model == "deepseek-ocr")
                #expect(result.fields["image"] == .string(Self.png.base64EncodedString()))
                #expect(result.fields["object"] == "ocr")
                let sent = try #require(server.requests.first?.body)
                let body = try JSONDecoder().decode(OCRRequest.self, from: sent)
                #expect(body.imageType == .base64)
                #expect(body.returnImage == true)
                #expect(Data(base64Encoded: body.image) == Self.png)
            }
        }
    }

    @Test("A URL goes as it is; async answers a queued job without text")
    func urlAndAsync() async throws {
        try await NeosantaraTestServer.withServer { server in
            let ocr = makeClient(server.baseURL).ocr
            let read = try await ocr.create(OCRRequest(imageURL: "https://example.com/ktp.jpg"))
            #expect(read.extractedText == "Text read from the image at https://example.com/ktp.jpg.")
            let job = try await ocr.create(OCRRequest(imageURL: "https://example.com/ktp.jpg", async: true))
            #expect(job.extractedText == nil)
            #expect(job.value.status == "queued")
            #expect(job.id?.hasPrefix("ocr-test-") == true)
        }
    }

    @Test("A missing file, an empty image or a URL that is not http fail before sending")
    func badOCR() async throws {
        try await NeosantaraTestServer.withServer { server in
            let ocr = makeClient(server.baseURL).ocr
            let missing = await expectError { try OCRRequest(imageFile: URL(fileURLWithPath: "/nonexistent/ktp.jpg")) }
            #expect(missing?.kind == .invalidRequest)
            #expect(missing?.message.contains("does not exist") == true)
            let empty = await expectError { try await ocr.create(OCRRequest(imageData: Data())) }
            #expect(empty?.parameter == "image")
            let local = await expectError { try await ocr.create(OCRRequest(imageURL: "ktp.jpg")) }
            #expect(local?.message.contains("OCRRequest(imageFile:)") == true)
            #expect(server.requests.isEmpty)
        }
    }

    @Test("audit-web returns its open JSON; summarize-audit summarizes it")
    func audits() async throws {
        try await NeosantaraTestServer.withServer { server in
            let mcp = makeClient(server.baseURL).mcp
            let audit = try await mcp.auditWeb(url: "https://example.com", parameters: ["depth": 2])
            #expect(audit.value["url"] == "https://example.com")
            #expect(audit.value["findings"]?.arrayValue?.count == 2)
            #expect(server.requests.first?.json?["depth"] == 2)
            let summary = try await mcp.summarizeAudit(audit.value, model: "nusantara-base")
            #expect(summary.object == "mcp_audit_summary")
            #expect(summary.summary.hasPrefix("Audit of https://example.com: 2 finding(s) (score 87)."))
            let notObject = await expectError { try await mcp.summarizeAudit("text") }
            #expect(notObject?.parameter == "audit")
            #expect(server.requests.count == 2)
        }
    }
}

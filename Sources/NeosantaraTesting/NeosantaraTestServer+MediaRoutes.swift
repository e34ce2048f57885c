import HTTPTypes

extension NeosantaraTestServer.Route {
    /// `POST /v1/images/generations`.
    public static let generateImages = Self(.post, "/v1/images/generations")
    /// `GET /v1/images/files/{id}`: the test server's own route that serves the PNG behind an image URL it
    /// answered with.
    public static let imageFile = Self(.get, "/v1/images/files/{id}")
    /// `POST /v1/audio/transcriptions`: a multipart upload.
    public static let transcribeAudio = Self(.post, "/v1/audio/transcriptions")
    /// `POST /v1/ocr`.
    public static let ocr = Self(.post, "/v1/ocr")
    /// `POST /v1/mcp/audit-web`.
    public static let auditWeb = Self(.post, "/v1/mcp/audit-web")
    /// `POST /v1/mcp/summarize-audit`.
    public static let summarizeAudit = Self(.post, "/v1/mcp/summarize-audit")

    /// The media operations' routes, in ``all``.
    static let media: [Self] = [.generateImages, .imageFile, .transcribeAudio, .ocr, .auditWeb, .summarizeAudit]
}

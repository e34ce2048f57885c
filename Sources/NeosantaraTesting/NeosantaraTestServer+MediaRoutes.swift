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
    /// `POST /v1/videos`: starts a job, answered with `202`.
    public static let createVideo = Self(.post, "/v1/videos")
    /// `GET /v1/videos/{id}`.
    public static let retrieveVideo = Self(.get, "/v1/videos/{id}")
    /// `GET /v1/videos/{id}/content`: a `302` to ``videoFile`` once the job completed.
    public static let videoContent = Self(.get, "/v1/videos/{id}/content")
    /// `GET /v1/videos/files/{id}`: the test server's own route that serves a completed video's bytes.
    public static let videoFile = Self(.get, "/v1/videos/files/{id}")
    /// `POST /v1/evaluate`.
    public static let evaluate = Self(.post, "/v1/evaluate")
    /// `POST /v1/evaluations`, an alias of ``evaluate``.
    public static let evaluations = Self(.post, "/v1/evaluations")
    /// `POST /v1/systemone`, an alias of ``evaluate`` with snake_case usage keys.
    public static let systemOne = Self(.post, "/v1/systemone")

    /// The media operations' routes, in ``all``.
    static let media: [Self] = [
        .generateImages, .imageFile, .transcribeAudio, .ocr, .auditWeb, .summarizeAudit, .createVideo, .videoFile,
        .retrieveVideo, .videoContent, .evaluate, .evaluations, .systemOne,
    ]
}

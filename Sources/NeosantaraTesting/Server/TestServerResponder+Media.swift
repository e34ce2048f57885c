import Foundation

extension TestServerResponder {
    /// The default behaviour of the media routes (images, audio, videos, OCR, evaluation, MCP audits), or
    /// `nil` for a route that is not one of them.
    func mediaReply(
        to request: RecordedRequest,
        _ route: NeosantaraTestServer.Route,
        parameter: String?,
        context: ReplyContext
    ) throws(Rejection) -> Reply? {
        let images = ImageBehavior(baseURL: server.baseURL, context: context)
        let videos = VideoBehavior(store: server.videos, baseURL: server.baseURL, context: context)
        switch route {
        case .generateImages:
            return try images.generate(request.body)
        case .imageFile:
            return images.file(parameter ?? "")
        case .transcribeAudio:
            return try TranscriptionBehavior(context: context).reply(request)
        case .ocr:
            return try OCRBehavior(context: context).reply(request.body)
        case .auditWeb:
            return try AuditBehavior(context: context).audit(request.body)
        case .summarizeAudit:
            return try AuditBehavior(context: context).summarize(request.body)
        case .createVideo:
            return try videos.create(request.body)
        case .retrieveVideo:
            return videos.retrieve(parameter ?? "")
        case .videoContent:
            return videos.content(parameter ?? "")
        case .videoFile:
            return videos.file(parameter ?? "")
        case .evaluate, .evaluations, .systemOne:
            return try EvaluationBehavior(snakeCaseUsage: route == .systemOne, context: context).reply(request.body)
        default:
            return nil
        }
    }
}

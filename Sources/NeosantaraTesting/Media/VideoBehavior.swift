import Foundation
import HTTPTypes
import Neosantara

/// The default behaviour of the `/v1/videos` routes: jobs kept in a ``VideoStore`` that move one step per
/// fetch, and content served through a `302` to `GET /v1/videos/files/{id}.mp4`.
struct VideoBehavior {
    /// The bytes of content per second of video.
    static let bytesPerSecond = 4096

    let store: VideoStore
    let baseURL: URL
    let context: ReplyContext

    /// `POST /v1/videos`: a queued job, answered with `202`.
    func create(_ body: Data) throws(Rejection) -> Reply {
        try RequestValidation.requireModel(try RequestValidation.jsonObject(body))
        let request = try RequestValidation.decode(VideoRequest.self, body)
        try RequestValidation.validate(request.validate)
        let video = Video(
            id: "video-test-\(context.sequence)", createdAt: Double(context.created), status: .queued,
            model: request.model, progress: 0, prompt: request.prompt, seconds: request.seconds ?? "5",
            size: request.size ?? "1280x720")
        store.add(video)
        var reply = context.json(Self.wire(video))
        reply.status = .accepted
        return reply
    }

    /// `GET /v1/videos/{id}`: the job, one step further on.
    func retrieve(_ id: String) -> Reply {
        guard let video = store.advance(id, now: Double(context.created)) else { return Self.notFound(id) }
        return context.json(Self.wire(video))
    }

    /// `GET /v1/videos/{id}/content`: a `302` to the file once the job completed, a 404 before.
    func content(_ id: String) -> Reply {
        guard let video = store.video(id) else { return Self.notFound(id) }
        guard video.status == .completed else {
            return APIErrorReply.reply(
                .notFound,
                APIError(
                    message: "The video `\(id)` is not ready: it is \(video.status) (\(Int(video.progress))%).",
                    type: .invalidRequest, code: "video_not_ready", param: "video_id"))
        }
        var headers = context.headers
        headers[.location] = baseURL.appendingPathComponent("videos/files/\(id).mp4").absoluteString
        return Reply(status: .found, headers: headers, body: .whole([]))
    }

    /// `GET /v1/videos/files/{id}.mp4`: the content, `seconds` × 4096 bytes beginning with an MP4 `ftyp` box.
    func file(_ name: String) -> Reply {
        let id = name.hasSuffix(".mp4") ? String(name.dropLast(4)) : name
        guard let video = store.video(id), video.status == .completed else { return Self.notFound(id) }
        let count = (Int(video.seconds) ?? 5) * Self.bytesPerSecond
        var bytes: [UInt8] = [0, 0, 0, 24] + Array("ftypmp42".utf8) + [0, 0, 0, 0] + Array("mp42isom".utf8)
        bytes += (bytes.count..<count).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var headers = context.headers
        headers[.contentType] = "video/mp4"
        return Reply(status: .ok, headers: headers, body: .whole(bytes))
    }

    /// The job as the spec writes it: `completed_at` and `error` always present, `null` when unset.
    static func wire(_ video: Video) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(video.id), "object": "video", "created_at": .int(Int(video.createdAt)),
            "completed_at": video.completedAt.map { .int(Int($0)) } ?? .null, "status": .string(video.status.rawValue),
            "model": .string(video.model), "progress": .int(Int(video.progress)), "prompt": .string(video.prompt),
            "seconds": Int(video.seconds).map(JSONValue.int) ?? .string(video.seconds), "size": .string(video.size),
        ]
        object["error"] =
            video.error.map { ["code": .string($0.code), "message": $0.message.map(JSONValue.string) ?? .null] }
            ?? .null
        return .object(object)
    }

    static func notFound(_ id: String) -> Reply {
        APIErrorReply.reply(
            .notFound,
            APIError(
                message: "No such video: `\(id)`.", type: .invalidRequest, code: "video_not_found", param: "video_id"))
    }
}

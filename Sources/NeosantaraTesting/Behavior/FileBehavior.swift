import Foundation
import HTTPTypes
import Neosantara

/// The default behaviour of the `/v1/files` routes: uploads stored in memory, listed in pages, described,
/// deleted and served back byte for byte.
struct FileBehavior {
    let store: FileStore
    let context: ReplyContext
    /// The most bytes the uploads may hold together.
    var limit = Int.max

    /// `POST /v1/files`: a multipart form with a `file` part and a `purpose` field; a 413 when the uploads
    /// would pass ``limit``.
    func upload(_ request: RecordedRequest) -> Reply {
        do {
            let form = try MultipartUpload(request.body, contentType: request.headers[.contentType])
            guard let file = form.part("file"), let filename = file.filename else {
                return APIErrorReply.missingParameter("file")
            }
            guard let purpose = form.part("purpose").map({ String(decoding: $0.body, as: UTF8.self) }),
                !purpose.isEmpty
            else {
                return APIErrorReply.missingParameter("purpose")
            }
            guard !filename.isEmpty else {
                return APIErrorReply.invalidParameter("file", "The file part must have a file name.")
            }
            let stored = try store.upload(
                filename: filename, purpose: FilePurpose(rawValue: purpose), content: Data(file.body),
                now: context.now, limit: limit)
            return context.json(stored)
        } catch {
            return error.reply
        }
    }

    /// `GET /v1/files`: newest first, `limit` at a time (1–10,000, default 10,000) after the `after` id,
    /// optionally only of one `purpose`; `order=asc` lists oldest first.
    func list(query: [String: String]) -> Reply {
        var files = store.all.map(\.file)
        if let purpose = query["purpose"] {
            files = files.filter { $0.purpose?.rawValue == purpose }
        }
        if query["order"] != "asc" {
            files.reverse()
        }
        let limit = query["limit"].flatMap(Int.init) ?? 10_000
        guard (1...10_000).contains(limit) else {
            return APIErrorReply.invalidParameter("limit", "`limit` must be between 1 and 10000.")
        }
        var start = 0
        if let after = query["after"] {
            guard let index = files.firstIndex(where: { $0.id == after }) else { return Self.notFound(after) }
            start = index + 1
        }
        let page = Array(files[start...].prefix(limit))
        return context.json(
            ListReply(
                data: page, hasMore: start + page.count < files.count, firstID: page.first?.id, lastID: page.last?.id))
    }

    /// `GET /v1/files/{id}`.
    func retrieve(_ id: String) -> Reply {
        guard let stored = store.file(id) else { return Self.notFound(id) }
        return context.json(stored.file)
    }

    /// `DELETE /v1/files/{id}`.
    func delete(_ id: String) -> Reply {
        guard store.remove(id) else { return Self.notFound(id) }
        return context.json(FileDeletion(id: id, deleted: true))
    }

    /// `GET /v1/files/{id}/content`: the bytes as uploaded.
    func content(_ id: String) -> Reply {
        guard let stored = store.file(id) else { return Self.notFound(id) }
        var headers = context.headers
        headers[.contentType] = "application/octet-stream"
        return Reply(status: .ok, headers: headers, body: .whole(Array(stored.content)))
    }

    /// A 404 for a file the server does not hold.
    static func notFound(_ id: String) -> Reply {
        APIErrorReply.reply(
            .notFound,
            APIError(
                message: "No such file: `\(id)`.", type: .invalidRequest, code: "file_not_found", param: "file_id"))
    }
}

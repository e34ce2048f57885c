import Foundation
import HTTPTypes
import Neosantara

/// The default behaviour of the `/v1/batches` routes: batches created from uploaded files, listed in pages,
/// described and cancelled. How they run is ``BatchStore``'s and the server's.
struct BatchBehavior {
    let store: BatchStore
    let files: FileStore
    let context: ReplyContext

    /// The endpoints a batch may call: the server's own JSON operations.
    static let endpoints: [BatchEndpoint] = [.chatCompletions, .embeddings, "/v1/moderations", "/v1/reasoning"]

    /// `POST /v1/batches`: the input file must exist and be of purpose `batch`, the endpoint one the server
    /// runs, the window `24h`.
    func create(_ body: Data) -> Reply {
        do {
            let request = try RequestValidation.batchCreateRequest(body)
            guard let input = files.file(request.inputFileID) else {
                return APIErrorReply.reply(
                    .notFound,
                    APIError(
                        message: "No such file: `\(request.inputFileID)`.", type: .invalidRequest,
                        code: "file_not_found", param: "input_file_id"))
            }
            guard input.file.purpose == .batch else {
                return APIErrorReply.invalidParameter(
                    "input_file_id",
                    "The input file must have purpose `batch`, not `\(input.file.purpose?.rawValue ?? "")`.")
            }
            guard Self.endpoints.contains(request.endpoint) else {
                let supported = Self.endpoints.map { "`\($0)`" }.joined(separator: ", ")
                return APIErrorReply.invalidParameter(
                    "endpoint", "`endpoint` must be one of \(supported), not `\(request.endpoint)`.")
            }
            guard request.completionWindow == .hours24 else {
                return APIErrorReply.invalidParameter(
                    "completion_window", "`completion_window` must be `24h`, not `\(request.completionWindow)`.")
            }
            return context.json(store.create(request, now: context.now))
        } catch {
            return error.reply
        }
    }

    /// `GET /v1/batches`: newest first, `limit` at a time (1–100, default 20) after the `after` id.
    func list(query: [String: String]) -> Reply {
        let batches = Array(store.all.reversed())
        let limit = query["limit"].flatMap(Int.init) ?? 20
        guard (1...100).contains(limit) else {
            return APIErrorReply.invalidParameter("limit", "`limit` must be between 1 and 100.")
        }
        var start = 0
        if let after = query["after"] {
            guard let index = batches.firstIndex(where: { $0.id == after }) else { return Self.notFound(after) }
            start = index + 1
        }
        let page = Array(batches[start...].prefix(limit))
        return context.json(
            ListReply(
                data: page, hasMore: start + page.count < batches.count, firstID: page.first?.id,
                lastID: page.last?.id))
    }

    /// `GET /v1/batches/{id}`.
    func retrieve(_ id: String) -> Reply {
        guard let batch = store.batch(id) else { return Self.notFound(id) }
        return context.json(batch)
    }

    /// `POST /v1/batches/{id}/cancel`: a 409 for a batch that has already ended otherwise.
    func cancel(_ id: String) -> Reply {
        switch store.cancel(id, files: files, now: context.now) {
        case .cancelled(let batch):
            return context.json(batch)
        case .notCancellable(let status):
            return APIErrorReply.reply(
                .conflict,
                APIError(
                    message: "Batch `\(id)` is \(status) and can no longer be cancelled.", type: .invalidRequest,
                    code: "batch_not_cancellable"))
        case .notFound:
            return Self.notFound(id)
        }
    }

    /// A 404 for a batch the server does not hold.
    static func notFound(_ id: String) -> Reply {
        APIErrorReply.reply(
            .notFound,
            APIError(
                message: "No such batch: `\(id)`.", type: .invalidRequest, code: "batch_not_found", param: "batch_id"))
    }
}

import Foundation
import HTTPTypes

/// `/files`: upload, list, describe, delete and download files, such as the JSONL input of a batch.
///
/// ```swift
/// let file = try await client.files.upload(URL(fileURLWithPath: "tickets.jsonl"), purpose: .batch)
/// try await client.files.download(file.id, to: URL(fileURLWithPath: "copy.jsonl"))
/// ```
///
/// Uploads and downloads are streamed: a file of any size costs a few chunks of memory.
public struct Files: Sendable {
    let executor: RequestExecutor

    /// Uploads the file at `url`, read as it is sent.
    ///
    /// - Parameters:
    ///   - url: The local file.
    ///   - filename: The name to store it under; the file's own name by default.
    ///   - purpose: What the file is for, such as ``FilePurpose/batch``.
    ///   - options: Settings for this call only.
    ///   - onProgress: Told of the bytes sent so far, and the total, after each chunk.
    /// - Returns: The stored file.
    /// - Throws: ``NeosantaraError``; a missing or unreadable file fails before anything is sent.
    public func upload(
        _ url: URL,
        filename: String? = nil,
        purpose: FilePurpose,
        options: RequestOptions = RequestOptions(),
        onProgress: (@Sendable (TransferProgress) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<FileObject> {
        try await upload(
            .file(at: url), filename: filename ?? url.lastPathComponent, purpose: purpose, options: options,
            onProgress: onProgress)
    }

    /// Uploads `data` as a file named `filename`.
    public func upload(
        _ data: Data,
        filename: String,
        purpose: FilePurpose,
        options: RequestOptions = RequestOptions(),
        onProgress: (@Sendable (TransferProgress) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<FileObject> {
        try await upload(.bytes(data), filename: filename, purpose: purpose, options: options, onProgress: onProgress)
    }

    /// Uploads `body` as a file named `filename`: bytes in memory, a file, or a one-shot sequence of bytes
    /// (`HTTPRequestBody.stream(_:length:)`), which is never retried once sending it has begun.
    ///
    /// - Parameters:
    ///   - body: The file's content.
    ///   - filename: The name to store it under; its extension sets the part's `Content-Type`.
    ///   - purpose: What the file is for.
    ///   - options: Settings for this call only.
    ///   - onProgress: Told of the bytes sent so far, and the total when known, after each chunk.
    public func upload(
        _ body: HTTPRequestBody,
        filename: String,
        purpose: FilePurpose,
        options: RequestOptions = RequestOptions(),
        onProgress: (@Sendable (TransferProgress) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<FileObject> {
        guard !filename.isEmpty else { throw .invalidParameter("filename", "must not be empty") }
        guard !purpose.rawValue.isEmpty else { throw .invalidParameter("purpose", "must not be empty") }
        var form = MultipartForm()
        form.append("purpose", purpose.rawValue)
        form.append("file", filename: filename, contentType: MediaType.forFile(named: filename), body: body)
        var payload = form.body
        if let onProgress {
            payload = payload.reportingProgress(onProgress)
        }
        return try await executor.send(
            Route(method: .post, path: "/files", operation: "upload_file"),
            .body(payload, contentType: form.contentType), options: options)
    }

    /// The stored files, fetched page by page as they are read.
    ///
    /// ```swift
    /// for try await file in client.files.list(purpose: .batch) {
    ///     print(file.id, file.filename ?? "")
    /// }
    /// ```
    ///
    /// Read ``PageSequence/pages`` for whole pages with their responses, or use
    /// ``page(purpose:limit:after:order:options:)`` to fetch one page from a cursor kept earlier.
    ///
    /// - Parameters:
    ///   - purpose: Only files with this purpose.
    ///   - limit: The most files per page (the API accepts 1–10,000), or `nil` for the server's default.
    ///   - after: Start after the file with this id, or `nil` for the first page.
    ///   - order: Oldest or newest first; the server's default (newest first) when `nil`.
    ///   - options: Settings for every page's request.
    /// - Returns: The files, fetched when iterated; a bad `limit` throws from the first `next()`.
    public func list(
        purpose: FilePurpose? = nil,
        limit: Int? = nil,
        after: String? = nil,
        order: ListOrder? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<FileObject> {
        let route = Self.listRoute(purpose: purpose, order: order)
        return PageSequence(startingAt: after) { cursor throws(NeosantaraError) in
            try Self.check(limit: limit)
            return try await executor.page(route, style: .openAI, limit: limit, cursor: cursor, options: options)
        }
    }

    /// One page of the stored files: at most `limit` of them after the file `after`.
    ///
    /// ```swift
    /// var page = try await client.files.page(limit: 100)
    /// while let cursor = page.nextCursor {
    ///     page = try await client.files.page(limit: 100, after: cursor)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - purpose: Only files with this purpose.
    ///   - limit: The most files on the page, or `nil` for the server's default.
    ///   - after: The ``Page/nextCursor`` of the page before, or `nil` for the first page.
    ///   - order: Oldest or newest first; the server's default (newest first) when `nil`.
    ///   - options: Settings for this call only.
    /// - Returns: The page, whose ``Page/nextCursor`` fetches the next one, with its response.
    public func page(
        purpose: FilePurpose? = nil,
        limit: Int? = nil,
        after: String? = nil,
        order: ListOrder? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<Page<FileObject>> {
        try Self.check(limit: limit)
        return try await executor.page(
            Self.listRoute(purpose: purpose, order: order), style: .openAI, limit: limit, cursor: after,
            options: options)
    }

    /// Describes a stored file.
    ///
    /// - Throws: ``NeosantaraError``, of kind ``NeosantaraError/Kind/notFound`` when there is no such file.
    public func retrieve(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<FileObject>
    {
        try await executor.send(
            Route(method: .get, path: try Self.path(id), operation: "retrieve_file"), options: options)
    }

    /// Deletes a stored file. A server that answers with an empty body counts as having deleted it.
    public func delete(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<FileDeletion>
    {
        let response = try await executor.send(
            Route(method: .delete, path: try Self.path(id), operation: "delete_file"), options: options,
            as: FileDeletion?.self)
        return APIResponse(
            value: response.value ?? FileDeletion(id: id, deleted: true), httpStatus: response.httpStatus,
            headers: response.headers, requestID: response.requestID)
    }

    /// The content of a stored file, as bytes read while they arrive.
    ///
    /// - Throws: ``NeosantaraError`` when the response does not begin; reading the stream throws the rest.
    public func content(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> ByteStream
    {
        try await executor.bytes(
            Route(method: .get, path: try Self.path(id) + "/content", operation: "file_content"), options: options)
    }

    /// Saves the content of a stored file to `destination`, replacing any file there once all of it arrived.
    ///
    /// - Parameters:
    ///   - id: The file's id.
    ///   - destination: Where to save it; its folder must exist.
    ///   - options: Settings for this call only; only the idle timeout bounds the body.
    ///   - onProgress: Told of the bytes saved so far after each chunk.
    /// - Returns: The saved file.
    @discardableResult
    public func download(
        _ id: String,
        to destination: URL,
        options: RequestOptions = RequestOptions(),
        onProgress: (@Sendable (TransferProgress) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<DownloadedFile> {
        try await executor.download(
            Route(method: .get, path: try Self.path(id) + "/content", operation: "file_content"), to: destination,
            options: options, onProgress: onProgress)
    }

    /// Throws for a page size the API cannot serve, before anything is sent.
    static func check(limit: Int?) throws(NeosantaraError) {
        if let limit, limit < 1 {
            throw .invalidParameter("limit", "must be at least 1, got \(limit)")
        }
    }

    /// `GET /files` with its filters in the query.
    private static func listRoute(purpose: FilePurpose?, order: ListOrder?) -> Route {
        var route = Route(method: .get, path: "/files", operation: "list_files")
        if let purpose { route.query.append(("purpose", purpose.rawValue)) }
        if let order { route.query.append(("order", order.rawValue)) }
        return route
    }

    /// `/files/{id}`, or an error for an empty id.
    static func path(_ id: String) throws(NeosantaraError) -> String {
        guard !id.isEmpty else { throw .invalidParameter("id", "must not be empty") }
        return "/files/" + Route.segment(id)
    }
}

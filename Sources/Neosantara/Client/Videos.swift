import Foundation
import HTTPTypes

/// `/videos`: video generation, an asynchronous job.
///
/// ```swift
/// let video = try await client.videos.createAndWait(VideoRequest(model: "veo-3", prompt: "sunrise over Bromo")) {
///     print("\($0.status) \($0.progress)%")
/// }
/// try await client.videos.download(video.id, to: URL(fileURLWithPath: "bromo.mp4"))
/// ```
///
/// `create` answers at once with a queued job; `retrieve` tells how it goes; `content` and `download` fetch the
/// file once it is completed, following the server's redirect to it without the key on another origin.
public struct Videos: Sendable {
    let executor: RequestExecutor

    /// Starts a video job.
    ///
    /// - Throws: ``NeosantaraError``; an invalid request fails before anything is sent.
    public func create(_ request: VideoRequest, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Video>
    {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/videos", operation: "video_generation", model: request.model),
            .json(request), options: options)
    }

    /// Describes a video job.
    public func retrieve(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Video>
    {
        try await executor.send(
            Route(method: .get, path: try Self.path(id), operation: "retrieve_video"), options: options)
    }

    /// Starts a video job and waits for it to end, fetching it as `polling` says.
    ///
    /// - Parameters:
    ///   - request: The video to make.
    ///   - polling: How often and how long to wait.
    ///   - options: Settings for each call.
    ///   - onProgress: Called with the job after each fetch, the first and the last included.
    /// - Returns: The completed job.
    /// - Throws: ``NeosantaraError``: of kind ``NeosantaraError/Kind/serverError`` with the job's error when it
    ///   failed; of kind ``NeosantaraError/Kind/timeout`` past ``PollingOptions/timeout``.
    public func createAndWait(
        _ request: VideoRequest,
        polling: PollingOptions = .default,
        options: RequestOptions = RequestOptions(),
        onProgress: ((Video) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<Video> {
        let created = try await create(request, options: options)
        var first: APIResponse<Video>? = created
        let finished = try await executor.poll(
            options: polling,
            fetch: { () throws(NeosantaraError) in
                if let job = first {
                    first = nil
                    return job
                }
                return try await retrieve(created.id, options: options)
            },
            isFinished: { $0.status.isTerminal },
            describeStatus: { "\($0.status) (\(Int($0.progress))%)" },
            onProgress: onProgress)
        guard finished.value.status != .failed else {
            let reason = finished.value.error.map { "\($0.message ?? "no message") [\($0.code)]" } ?? "no reason given"
            throw NeosantaraError(
                kind: .serverError, message: "the video job \(finished.id) failed: \(reason)",
                requestID: finished.requestID)
        }
        return finished
    }

    /// The content of a completed video, as bytes read while they arrive.
    ///
    /// - Throws: ``NeosantaraError``, of kind ``NeosantaraError/Kind/notFound`` while the video is not ready.
    public func content(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> ByteStream
    {
        try await executor.bytes(
            Route(method: .get, path: try Self.path(id) + "/content", operation: "video_content"), options: options)
    }

    /// Saves a completed video to `destination`, streamed to disk, replacing any file there once all of it
    /// arrived.
    ///
    /// - Throws: ``NeosantaraError``, of kind ``NeosantaraError/Kind/notFound`` while the video is not ready.
    @discardableResult
    public func download(
        _ id: String,
        to destination: URL,
        options: RequestOptions = RequestOptions(),
        onProgress: (@Sendable (TransferProgress) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<DownloadedFile> {
        try await executor.download(
            Route(method: .get, path: try Self.path(id) + "/content", operation: "video_content"), to: destination,
            options: options, onProgress: onProgress)
    }

    /// `/videos/{id}`, or an error for an empty id.
    static func path(_ id: String) throws(NeosantaraError) -> String {
        guard !id.isEmpty else { throw .invalidParameter("id", "must not be empty") }
        return "/videos/" + Route.segment(id)
    }
}

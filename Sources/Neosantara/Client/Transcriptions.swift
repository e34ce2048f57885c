import Foundation
import HTTPTypes

/// `POST /audio/transcriptions`: the text of an audio file, sent as a multipart upload.
///
/// ```swift
/// let result = try await client.audio.transcriptions.create(
///     file: AudioFile(URL(fileURLWithPath: "rapat.mp3")), language: "id")
/// print(result.text)
/// ```
///
/// The audio is checked before anything is sent — a type the API takes (mp3, m4a, wav, webm, ogg, flac), a file
/// that exists, at most 25 MiB — and streamed from disk as it is sent.
public struct Transcriptions: Sendable {
    let executor: RequestExecutor

    /// Transcribes audio.
    ///
    /// - Parameters:
    ///   - request: The audio and options.
    ///   - options: Settings for this call only.
    ///   - onProgress: Told of the bytes uploaded so far, and the total, after each chunk.
    /// - Returns: The transcription; for ``TranscriptionResponseFormat/text``, the plain text as ``Transcription/text``.
    /// - Throws: ``NeosantaraError``; a bad file or option fails before anything is sent.
    public func create(
        _ request: TranscriptionRequest,
        options: RequestOptions = RequestOptions(),
        onProgress: (@Sendable (TransferProgress) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<Transcription> {
        let form = try request.form()
        var body = form.body
        if let onProgress {
            body = body.reportingProgress(onProgress)
        }
        let route = Route(
            method: .post, path: "/audio/transcriptions", operation: "transcription", model: request.model)
        let payload = RequestPayload.body(body, contentType: form.contentType)
        guard request.responseFormat == .text else {
            return try await executor.send(route, payload, options: options)
        }
        let stream = try await executor.bytes(route, payload, options: options)
        let data = try await stream.collect(upTo: executor.configuration.maximumResponseBodySize)
        return APIResponse(
            value: Transcription(text: String(decoding: data, as: UTF8.self)), httpStatus: stream.status,
            headers: stream.headers, requestID: stream.requestID)
    }

    /// Transcribes `file`.
    ///
    /// - Parameters:
    ///   - file: The audio, from a path or `Data`.
    ///   - model: The model; `whisper-large-v3-turbo` by default.
    ///   - language: The spoken language (ISO-639-1), detected when `nil`.
    ///   - prompt: Text to guide the model.
    ///   - responseFormat: `json` (the default), `text` or `verbose_json`.
    ///   - temperature: 0 to 1.
    ///   - options: Settings for this call only.
    public func create(
        file: AudioFile,
        model: String = TranscriptionRequest.defaultModel,
        language: String? = nil,
        prompt: String? = nil,
        responseFormat: TranscriptionResponseFormat? = nil,
        temperature: Double? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<Transcription> {
        try await create(
            TranscriptionRequest(
                file: file, model: model, language: language, prompt: prompt, responseFormat: responseFormat,
                temperature: temperature),
            options: options)
    }
}

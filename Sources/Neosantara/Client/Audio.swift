/// Audio: `client.audio.transcriptions` turns speech into text.
///
/// ```swift
/// let meeting = try await client.audio.transcriptions.create(
///     file: AudioFile(URL(fileURLWithPath: "rapat.mp3")), language: "id", responseFormat: .verboseJSON)
/// for segment in meeting.segments ?? [] {
///     print(segment.start, segment.text)
/// }
/// ```
public struct Audio: Sendable {
    let executor: RequestExecutor

    /// `POST /audio/transcriptions`.
    public var transcriptions: Transcriptions { Transcriptions(executor: executor) }
}

/// Audio: `client.audio.transcriptions` turns speech into text.
public struct Audio: Sendable {
    let executor: RequestExecutor

    /// `POST /audio/transcriptions`.
    public var transcriptions: Transcriptions { Transcriptions(executor: executor) }
}

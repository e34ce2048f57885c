/// What `POST /audio/transcriptions` returns: the text, and with ``TranscriptionResponseFormat/verboseJSON``
/// the language, duration and timed segments.
///
/// A ``TranscriptionResponseFormat/text`` answer, which is plain text, arrives here as ``text`` alone.
public struct Transcription: Codable, Hashable, Sendable {
    /// What was said.
    public var text: String
    /// `transcribe`, in a verbose answer.
    public var task: String?
    /// The spoken language, in a verbose answer.
    public var language: String?
    /// The audio's length in seconds, in a verbose answer.
    public var duration: Double?
    /// The text in timed pieces, in a verbose answer.
    public var segments: [TranscriptionSegment]?
    /// Each word with its times, when the server gives them.
    public var words: [TranscriptionWord]?
    /// What the transcription cost, as the server reports it.
    public var usage: JSONValue?

    /// Creates a transcription.
    public init(
        text: String,
        task: String? = nil,
        language: String? = nil,
        duration: Double? = nil,
        segments: [TranscriptionSegment]? = nil,
        words: [TranscriptionWord]? = nil,
        usage: JSONValue? = nil
    ) {
        self.text = text
        self.task = task
        self.language = language
        self.duration = duration
        self.segments = segments
        self.words = words
        self.usage = usage
    }
}

/// A word of a ``Transcription`` with its times.
public struct TranscriptionWord: Codable, Hashable, Sendable {
    /// The word.
    public var word: String
    /// Where it begins, in seconds.
    public var start: Double
    /// Where it ends, in seconds.
    public var end: Double

    /// Creates a word.
    public init(word: String, start: Double, end: Double) {
        self.word = word
        self.start = start
        self.end = end
    }
}

/// A timed piece of a verbose ``Transcription``.
public struct TranscriptionSegment: Codable, Hashable, Sendable {
    /// The segment's number, from 0.
    public var id: Int
    /// Where the segment begins, in seconds.
    public var start: Double
    /// Where it ends, in seconds.
    public var end: Double
    /// What was said in it.
    public var text: String
    /// The seek offset of the segment.
    public var seek: Int?
    /// The segment's token ids.
    public var tokens: [Int]?
    /// The temperature the segment was decoded at.
    public var temperature: Double?
    /// The mean log probability of its tokens; below −1 the segment is doubtful.
    public var avgLogprob: Double?
    /// The compression ratio of its text; above 2.4 the decoding likely failed.
    public var compressionRatio: Double?
    /// The probability that the segment is silence.
    public var noSpeechProb: Double?

    /// Creates a segment.
    public init(
        id: Int, start: Double, end: Double, text: String, seek: Int? = nil, tokens: [Int]? = nil,
        temperature: Double? = nil, avgLogprob: Double? = nil, compressionRatio: Double? = nil,
        noSpeechProb: Double? = nil
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.text = text
        self.seek = seek
        self.tokens = tokens
        self.temperature = temperature
        self.avgLogprob = avgLogprob
        self.compressionRatio = compressionRatio
        self.noSpeechProb = noSpeechProb
    }

    enum CodingKeys: String, CodingKey {
        case id, start, end, text, seek, tokens, temperature
        case avgLogprob = "avg_logprob"
        case compressionRatio = "compression_ratio"
        case noSpeechProb = "no_speech_prob"
    }
}

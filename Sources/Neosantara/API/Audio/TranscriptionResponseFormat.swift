/// The shape of a transcription: JSON with the text, plain text, or JSON with segments and timings.
public struct TranscriptionResponseFormat: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `{"text": …}`; the default.
    public static let json = Self(rawValue: "json")
    /// The text alone, as `text/plain`.
    public static let text = Self(rawValue: "text")
    /// The text with its language, duration, and timed segments.
    public static let verboseJSON = Self(rawValue: "verbose_json")
}

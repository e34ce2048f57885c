/// The fields of `POST /audio/transcriptions`, sent as a multipart form with the audio.
///
/// ```swift
/// let request = TranscriptionRequest(
///     file: AudioFile(URL(fileURLWithPath: "rapat.mp3")), language: "id", responseFormat: .verboseJSON)
/// ```
public struct TranscriptionRequest: Sendable {
    /// The model the API uses when a request names none.
    public static let defaultModel = "whisper-large-v3-turbo"

    /// The audio.
    public var file: AudioFile
    /// The transcription model; ``defaultModel`` by default.
    public var model: String
    /// The spoken language as an ISO-639-1 code, such as `"id"`; detected when `nil`.
    public var language: String?
    /// Text to guide the model's style or spelling, such as names it will hear.
    public var prompt: String?
    /// The response's shape; JSON with the text when `nil`.
    public var responseFormat: TranscriptionResponseFormat?
    /// The sampling temperature, 0 to 1.
    public var temperature: Double?

    /// Creates a request.
    public init(
        file: AudioFile,
        model: String = TranscriptionRequest.defaultModel,
        language: String? = nil,
        prompt: String? = nil,
        responseFormat: TranscriptionResponseFormat? = nil,
        temperature: Double? = nil
    ) {
        self.file = file
        self.model = model
        self.language = language
        self.prompt = prompt
        self.responseFormat = responseFormat
        self.temperature = temperature
    }

    /// The form's field names.
    package enum Field: String, CodingKey {
        case file, model, language, prompt
        case responseFormat = "response_format"
        case temperature
    }
}

/// The ranges the API accepts for the numbers and lengths of the media operations' requests — images,
/// audio, videos — read by the SDK's validation and the test server's alike.
///
/// The values are those of the gateway's OpenAPI document for each path. One stored property per limited
/// field, so that a test can walk them all.
package struct MediaParameterLimits: Sendable {
    private typealias Image = ImageGenerationRequest.CodingKeys
    private typealias Transcription = TranscriptionRequest.Field

    /// The API's limits.
    package static let api = MediaParameterLimits()

    /// The length of an image `prompt`, in characters: 1 to 4,000.
    package let imagePromptLength = ParameterLimit<Int>(Image.prompt, range: 1...4000)
    /// Image `n`: 1 to 4.
    package let imageCount = ParameterLimit<Int>(Image.n, range: 1...4)
    /// Image `steps`: 1 to 50.
    package let imageSteps = ParameterLimit<Int>(Image.steps, range: 1...50)
    /// Image `strength`: 0 to 1.
    package let imageStrength = ParameterLimit<Double>(Image.strength, range: 0...1)
    /// The size of a transcription's audio `file`, in bytes: 1 to 25 MiB.
    package let audioFileSize = ParameterLimit<Int64>(Transcription.file, range: 1...(25 * 1024 * 1024))
    /// Transcription `temperature`: 0 to 1.
    package let transcriptionTemperature = ParameterLimit<Double>(Transcription.temperature, range: 0...1)
    /// The length of a video `prompt`, in characters: 1 to 5,000.
    package let videoPromptLength = ParameterLimit<Int>(VideoRequest.CodingKeys.prompt, range: 1...5000)

    private init() {}
}

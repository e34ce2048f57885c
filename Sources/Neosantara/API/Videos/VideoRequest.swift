/// The body of `POST /videos`: a video job to start.
///
/// ```swift
/// let request = VideoRequest(model: "veo-3", prompt: "sunrise over Bromo", size: "1280x720", seconds: "5")
/// ```
public struct VideoRequest: Codable, Hashable, Sendable {
    /// The video model.
    public var model: String
    /// What to film: 1 to 5,000 characters.
    public var prompt: String
    /// A URL of an image or video to start from.
    public var inputReference: String?
    /// The size: `1280x720` (the server's default), `720x1280`, `1024x1024`, `480x854` or `854x480`.
    public var size: String?
    /// The length in seconds, as a string: `"5"` (the server's default) or `"9"`.
    public var seconds: String?
    /// A style, such as `"cinematic"`.
    public var videoStyle: String?
    /// The mood, such as `"calm"`.
    public var emotionalAtmosphere: String?
    /// The model's mirror mode.
    public var mirrorMode: String?

    /// Creates a request.
    public init(
        model: String, prompt: String, inputReference: String? = nil, size: String? = nil, seconds: String? = nil,
        videoStyle: String? = nil, emotionalAtmosphere: String? = nil, mirrorMode: String? = nil
    ) {
        self.model = model
        self.prompt = prompt
        self.inputReference = inputReference
        self.size = size
        self.seconds = seconds
        self.videoStyle = videoStyle
        self.emotionalAtmosphere = emotionalAtmosphere
        self.mirrorMode = mirrorMode
    }

    enum CodingKeys: String, CodingKey {
        case model, prompt
        case inputReference = "input_reference"
        case size, seconds
        case videoStyle = "video_style"
        case emotionalAtmosphere = "emotional_atmosphere"
        case mirrorMode = "mirror_mode"
    }
}

/// The body of `POST /images/generations`: a prompt, how many images of which size, and the options for
/// editing or inpainting an image the request gives.
///
/// ```swift
/// let request = ImageGenerationRequest(
///     model: "neosantara-gen-2045", prompt: "batik pattern, blue", n: 2, size: "512x512",
///     responseFormat: .base64JSON)
/// ```
public struct ImageGenerationRequest: Codable, Hashable, Sendable {
    /// The image model, for example `"neosantara-gen-2045"`.
    public var model: String
    /// What to draw: 1 to 4,000 characters.
    public var prompt: String
    /// How many images, 1 to 4; the server makes one when `nil`.
    public var n: Int?
    /// The size as `WIDTHxHEIGHT`, such as `"1024x1024"` (the server's default when `nil`).
    public var size: String?
    /// Whether images come as URLs (the server's default) or as base64 in the response.
    public var responseFormat: ImageResponseFormat?
    /// The number of diffusion steps, 1 to 50; the server uses 20 when `nil`.
    public var steps: Int?
    /// An id for the end user, for abuse monitoring.
    public var user: String?
    /// An image to edit, as a URL or base64.
    public var image: String?
    /// A mask of the part of ``image`` to paint over, as a URL or base64.
    public var maskImage: String?
    /// A description of the part of ``image`` to paint over, instead of ``maskImage``.
    public var maskPrompt: String?
    /// How outpainting follows the mask.
    public var outpaintingMode: OutpaintingMode?
    /// The model's quality setting, such as `"standard"` or `"hd"`.
    public var quality: String?
    /// The model's style setting, such as `"vivid"` or `"natural"`.
    public var style: String?
    /// How far the result may depart from ``image``, 0 to 1.
    public var strength: Double?

    /// Creates a request.
    public init(
        model: String,
        prompt: String,
        n: Int? = nil,
        size: String? = nil,
        responseFormat: ImageResponseFormat? = nil,
        steps: Int? = nil,
        user: String? = nil,
        image: String? = nil,
        maskImage: String? = nil,
        maskPrompt: String? = nil,
        outpaintingMode: OutpaintingMode? = nil,
        quality: String? = nil,
        style: String? = nil,
        strength: Double? = nil
    ) {
        self.model = model
        self.prompt = prompt
        self.n = n
        self.size = size
        self.responseFormat = responseFormat
        self.steps = steps
        self.user = user
        self.image = image
        self.maskImage = maskImage
        self.maskPrompt = maskPrompt
        self.outpaintingMode = outpaintingMode
        self.quality = quality
        self.style = style
        self.strength = strength
    }

    enum CodingKeys: String, CodingKey {
        case model, prompt, n, size
        case responseFormat = "response_format"
        case steps, user, image
        case maskImage = "mask_image"
        case maskPrompt = "mask_prompt"
        case outpaintingMode = "outpainting_mode"
        case quality, style, strength
    }
}

import Foundation

/// One image of an ``ImagesResponse``: a URL or base64 bytes, as the request's
/// ``ImageGenerationRequest/responseFormat`` asked.
///
/// ``Images/data(of:maximumSize:options:)`` gives the bytes either way.
public struct GeneratedImage: Codable, Hashable, Sendable {
    /// Where to fetch the image, when it came as a URL.
    public var url: String?
    /// The image's bytes in base64, when it came inline.
    public var b64JSON: String?
    /// The prompt the model drew, when it rewrote the one it was given.
    public var revisedPrompt: String?

    /// Creates an image description.
    public init(url: String? = nil, b64JSON: String? = nil, revisedPrompt: String? = nil) {
        self.url = url
        self.b64JSON = b64JSON
        self.revisedPrompt = revisedPrompt
    }

    /// The decoded bytes of ``b64JSON`` (line breaks allowed), or `nil` when the image came as a URL or the
    /// text is not base64.
    public var inlineData: Data? {
        b64JSON.flatMap { Data(base64Encoded: $0.filter { !$0.isWhitespace }) }
    }

    enum CodingKeys: String, CodingKey {
        case url
        case b64JSON = "b64_json"
        case revisedPrompt = "revised_prompt"
    }
}

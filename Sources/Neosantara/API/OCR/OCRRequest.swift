import Foundation

/// The body of `POST /ocr`: an image, and how to read it.
///
/// ```swift
/// let fromWeb = OCRRequest(imageURL: "https://example.com/ktp.jpg")
/// let fromDisk = try OCRRequest(imageFile: URL(fileURLWithPath: "ktp.jpg"), prompt: "Ambil NIK saja.")
/// ```
public struct OCRRequest: Codable, Hashable, Sendable {
    /// The model the API uses when a request names none.
    public static let defaultModel = "deepseek-ocr"
    /// The largest local file ``init(imageFile:model:prompt:returnImage:async:)`` encodes: 20 MiB.
    public static let maximumFileSize = 20 * 1024 * 1024

    /// The OCR model; ``defaultModel`` by default.
    public var model: String
    /// The image: a URL, or base64, as ``imageType`` says.
    public var image: String
    /// Whether ``image`` is a URL or base64.
    public var imageType: OCRImageType?
    /// Whether the response should include the image it read.
    public var returnImage: Bool?
    /// What to extract, in words, such as `"Only the ID number."`.
    public var prompt: String?
    /// Whether the server should answer at once with a job instead of the text.
    public var async: Bool?

    /// Creates a request from an image string of the given type.
    public init(
        image: String,
        imageType: OCRImageType?,
        model: String = OCRRequest.defaultModel,
        prompt: String? = nil,
        returnImage: Bool? = nil,
        async: Bool? = nil
    ) {
        self.model = model
        self.image = image
        self.imageType = imageType
        self.returnImage = returnImage
        self.prompt = prompt
        self.async = async
    }

    /// A request for the image at `imageURL`, which the server fetches.
    public init(
        imageURL: String, model: String = OCRRequest.defaultModel, prompt: String? = nil, returnImage: Bool? = nil,
        async: Bool? = nil
    ) {
        self.init(
            image: imageURL, imageType: .url, model: model, prompt: prompt, returnImage: returnImage, async: async)
    }

    /// A request for an image in memory, sent as base64.
    public init(
        imageData: Data, model: String = OCRRequest.defaultModel, prompt: String? = nil, returnImage: Bool? = nil,
        async: Bool? = nil
    ) {
        self.init(
            image: imageData.base64EncodedString(), imageType: .base64, model: model, prompt: prompt,
            returnImage: returnImage, async: async)
    }

    /// A request for the local image file at `imageFile`, read and sent as base64.
    ///
    /// - Throws: An ``NeosantaraError/Kind/invalidRequest`` error naming `image` when the file is missing,
    ///   unreadable, or larger than ``maximumFileSize``.
    public init(
        imageFile: URL, model: String = OCRRequest.defaultModel, prompt: String? = nil, returnImage: Bool? = nil,
        async: Bool? = nil
    ) throws(NeosantaraError) {
        let size = try LocalFile.size(of: imageFile)
        guard size <= Self.maximumFileSize else {
            throw .invalidParameter(
                "image",
                "must be at most \(Self.maximumFileSize) bytes (20 MiB) to send inline, but \(imageFile.path) is "
                    + "\(size) bytes")
        }
        let data: Data
        do {
            data = try Data(contentsOf: imageFile)
        } catch {
            throw .invalidParameter("image", "cannot be read from \(imageFile.path): \(error.localizedDescription)")
        }
        self.init(imageData: data, model: model, prompt: prompt, returnImage: returnImage, async: async)
    }

    enum CodingKeys: String, CodingKey {
        case model, image
        case imageType = "image_type"
        case returnImage = "return_image"
        case prompt, async
    }

    /// Decodes a request; a missing `model` is ``defaultModel``, as the API defaults it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? Self.defaultModel
        image = try container.decode(String.self, forKey: .image)
        imageType = try container.decodeIfPresent(OCRImageType.self, forKey: .imageType)
        returnImage = try container.decodeIfPresent(Bool.self, forKey: .returnImage)
        prompt = try container.decodeIfPresent(String.self, forKey: .prompt)
        async = try container.decodeIfPresent(Bool.self, forKey: .async)
    }
}

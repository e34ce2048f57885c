/// A part of an input message's content: text, an image or a file, or output text of an earlier assistant
/// turn.
///
/// ```swift
/// let parts: [ResponseInputContent] = [
///     .text("Apa isi gambar ini?"),
///     .image(url: "https://example.com/kopi.jpg", detail: .low),
/// ]
/// ```
public enum ResponseInputContent: Hashable, Sendable {
    /// `input_text`.
    case text(String)
    /// `input_image`: an image by URL, data URL or file id.
    case image(Image)
    /// `input_file`: a file by id, URL or inline data.
    case file(File)
    /// `output_text`: what the assistant said in an earlier turn.
    case outputText(String)
    /// `refusal`: what the assistant refused in an earlier turn.
    case refusal(String)
    /// Any other part, as its JSON.
    case other(JSONValue)

    /// An image at `url`, which may be a `data:` URL.
    public static func image(url: String, detail: ImageDetail? = nil) -> Self {
        .image(Image(imageURL: url, detail: detail))
    }

    /// An uploaded image, by its file id.
    public static func image(fileID: String, detail: ImageDetail? = nil) -> Self {
        .image(Image(fileID: fileID, detail: detail))
    }

    /// An uploaded file, by its id.
    public static func file(id: String) -> Self {
        .file(File(fileID: id))
    }

    /// The text of a text, output text or refusal part.
    public var text: String? {
        switch self {
        case .text(let text), .outputText(let text), .refusal(let text): text
        case .image, .file, .other: nil
        }
    }

    /// An `input_image` part.
    public struct Image: Codable, Hashable, Sendable {
        /// The image's URL or `data:` URL.
        public var imageURL: String?
        /// The id of an uploaded image.
        public var fileID: String?
        /// How closely the model looks at it.
        public var detail: ImageDetail?

        /// Creates an image part; set `imageURL` or `fileID`.
        public init(imageURL: String? = nil, fileID: String? = nil, detail: ImageDetail? = nil) {
            self.imageURL = imageURL
            self.fileID = fileID
            self.detail = detail
        }

        enum CodingKeys: String, CodingKey {
            case imageURL = "image_url"
            case fileID = "file_id"
            case detail
        }
    }

    /// An `input_file` part.
    public struct File: Codable, Hashable, Sendable {
        /// The id of an uploaded file.
        public var fileID: String?
        /// The file's URL.
        public var fileURL: String?
        /// The file's content, as a base64 `data:` URL.
        public var fileData: String?
        /// The file's name, sent with `fileData`.
        public var filename: String?

        /// Creates a file part; set `fileID`, `fileURL`, or `fileData` with `filename`.
        public init(fileID: String? = nil, fileURL: String? = nil, fileData: String? = nil, filename: String? = nil) {
            self.fileID = fileID
            self.fileURL = fileURL
            self.fileData = fileData
            self.filename = filename
        }

        enum CodingKeys: String, CodingKey {
            case fileID = "file_id"
            case fileURL = "file_url"
            case fileData = "file_data"
            case filename
        }
    }
}

extension ResponseInputContent: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, refusal
    }

    /// Decodes a part by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let type = TypeTag.of(decoder)
        switch type {
        case "input_text", "output_text":
            let text = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .text)
            self = type == "input_text" ? .text(text) : .outputText(text)
        case "refusal":
            self = .refusal(try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .refusal))
        case "input_image": self = .image(try Image(from: decoder))
        case "input_file": self = .file(try File(from: decoder))
        default: self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the part with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            try Self.encode(text, forKey: .text, type: "input_text", to: encoder)
        case .outputText(let text):
            try Self.encode(text, forKey: .text, type: "output_text", to: encoder)
        case .refusal(let refusal):
            try Self.encode(refusal, forKey: .refusal, type: "refusal", to: encoder)
        case .image(let image):
            try image.encode(to: encoder)
            try TypeTag.encode("input_image", to: encoder)
        case .file(let file):
            try file.encode(to: encoder)
            try TypeTag.encode("input_file", to: encoder)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }

    private static func encode(_ text: String, forKey key: CodingKeys, type: String, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: key)
        try TypeTag.encode(type, to: encoder)
    }
}

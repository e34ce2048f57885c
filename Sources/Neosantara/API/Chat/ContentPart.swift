/// One part of a multi-part message: text, an image, or a part type the SDK does not model.
public enum ContentPart: Hashable, Sendable {
    /// A piece of text.
    case text(String)
    /// An image, by https URL or `data:image/…;base64,` URL.
    case imageURL(ImageURL)
    /// Any other part (`input_audio`, `file`, …), kept as the JSON object sent or received.
    case other(JSONValue)

    /// An image part from a URL string, optionally with a level of detail.
    public static func image(url: String, detail: ImageDetail? = nil) -> ContentPart {
        .imageURL(ImageURL(url: url, detail: detail))
    }

    /// The text of a text part, or `nil`.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The location of an image and how closely to look at it.
    public struct ImageURL: Codable, Hashable, Sendable {
        /// An https URL, or a `data:image/…;base64,` URL holding the image itself.
        public var url: String
        /// How closely a vision model looks at the image; the provider's default when `nil`.
        public var detail: ImageDetail?

        /// Creates an image location.
        public init(url: String, detail: ImageDetail? = nil) {
            self.url = url
            self.detail = detail
        }

        enum CodingKeys: String, CodingKey {
            case url, detail
        }

        /// Decodes `{"url", "detail"}` or, as some providers send it, a bare URL string.
        public init(from decoder: any Decoder) throws {
            if let url = try? decoder.singleValueContainer().decode(String.self) {
                self.init(url: url)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                url: try container.decode(String.self, forKey: .url),
                detail: try container.decodeIfPresent(ImageDetail.self, forKey: .detail))
        }
    }
}

extension ContentPart: Codable {
    enum CodingKeys: String, CodingKey {
        case type, text
        case imageURL = "image_url"
    }

    /// Decodes a part by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .type) {
        case "text":
            self = .text(try container.decode(String.self, forKey: .text))
        case "image_url":
            self = .imageURL(try container.decode(ImageURL.self, forKey: .imageURL))
        default:
            self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the part with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .imageURL(let image):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("image_url", forKey: .type)
            try container.encode(image, forKey: .imageURL)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}

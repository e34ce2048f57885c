/// Where the bytes of an image or a document come from: inline base64 data, a URL, plain text or an
/// uploaded file (`source`).
///
/// ```swift
/// let photo = ImageBlock(source: .base64(mediaType: "image/png", data: pngData.base64EncodedString()))
/// let paper = DocumentBlock(source: .url("https://example.com/paper.pdf"))
/// ```
public struct MediaSource: Codable, Hashable, Sendable {
    /// How the bytes are given: `base64`, `url`, `text`, `file`, or another kind the server accepts.
    public var type: Kind
    /// The media type of inline data, such as `image/png` or `application/pdf`.
    public var mediaType: String?
    /// The inline data: base64 for `base64`, the text itself for `text`.
    public var data: String?
    /// The location, for `url`.
    public var url: String?
    /// The id of an uploaded file, for `file`.
    public var fileID: String?

    /// Creates a source.
    public init(type: Kind, mediaType: String? = nil, data: String? = nil, url: String? = nil, fileID: String? = nil) {
        self.type = type
        self.mediaType = mediaType
        self.data = data
        self.url = url
        self.fileID = fileID
    }

    /// Inline bytes, base64-encoded, of the given media type.
    public static func base64(mediaType: String, data: String) -> MediaSource {
        MediaSource(type: .base64, mediaType: mediaType, data: data)
    }

    /// Bytes the server fetches from `url`.
    public static func url(_ url: String) -> MediaSource {
        MediaSource(type: .url, url: url)
    }

    /// A plain-text document.
    public static func text(_ text: String) -> MediaSource {
        MediaSource(type: .text, mediaType: "text/plain", data: text)
    }

    enum CodingKeys: String, CodingKey {
        case type, data, url
        case mediaType = "media_type"
        case fileID = "file_id"
    }

    /// How a source gives its bytes; any value decodes.
    public struct Kind: OpenStringEnum {
        /// The wire spelling.
        public let rawValue: String

        /// Creates a kind from its wire spelling.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// Inline base64 data.
        public static let base64 = Self(rawValue: "base64")
        /// A URL the server fetches.
        public static let url = Self(rawValue: "url")
        /// Plain text.
        public static let text = Self(rawValue: "text")
        /// An uploaded file.
        public static let file = Self(rawValue: "file")
    }
}

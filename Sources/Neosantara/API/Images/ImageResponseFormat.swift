/// How generated images come back: as URLs to fetch, or as base64 in the response.
public struct ImageResponseFormat: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A URL per image, fetched by ``Images/data(of:maximumSize:options:)``; the server's default.
    public static let url = Self(rawValue: "url")
    /// The image's bytes, base64-encoded, in ``GeneratedImage/b64JSON``.
    public static let base64JSON = Self(rawValue: "b64_json")
}

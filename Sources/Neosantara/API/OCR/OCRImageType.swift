/// How an OCR request's `image` is given: a URL for the server to fetch, or the bytes in base64.
public struct OCRImageType: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `image` is an `http` or `https` URL; the server's default.
    public static let url = Self(rawValue: "url")
    /// `image` is the image's bytes in base64.
    public static let base64 = Self(rawValue: "base64")
}

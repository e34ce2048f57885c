/// How outpainting follows the mask of an image generation request.
public struct OutpaintingMode: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The model may change the masked region's surroundings to blend them in.
    public static let `default` = Self(rawValue: "DEFAULT")
    /// The masked region's surroundings are kept exactly.
    public static let precise = Self(rawValue: "PRECISE")
}

/// Where an uploaded file is in its processing. The gateway may add statuses; any string decodes.
public struct FileStatus: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Received, not yet processed.
    public static let uploaded = Self(rawValue: "uploaded")
    /// Ready to use.
    public static let processed = Self(rawValue: "processed")
    /// Processing failed; see ``FileObject/statusDetails``.
    public static let error = Self(rawValue: "error")
}

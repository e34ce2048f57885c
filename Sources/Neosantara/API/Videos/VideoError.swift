/// Why a video job failed.
public struct VideoError: Codable, Hashable, Sendable {
    /// A machine-readable code, such as `generation_failed`.
    public var code: String
    /// What went wrong, when the server says.
    public var message: String?

    /// Creates an error description.
    public init(code: String, message: String?) {
        self.code = code
        self.message = message
    }
}

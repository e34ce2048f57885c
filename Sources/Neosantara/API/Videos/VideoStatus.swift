/// Where a video job is. The gateway may add statuses; any string decodes.
public struct VideoStatus: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Waiting to start.
    public static let queued = Self(rawValue: "queued")
    /// Being made; see ``Video/progress``.
    public static let inProgress = Self(rawValue: "in_progress")
    /// Done: its content can be downloaded.
    public static let completed = Self(rawValue: "completed")
    /// It failed; see ``Video/error``.
    public static let failed = Self(rawValue: "failed")

    /// Whether the job has ended, well or not.
    public var isTerminal: Bool { self == .completed || self == .failed }
}

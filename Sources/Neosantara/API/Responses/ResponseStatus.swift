/// Where a response, or one of its output items, is in its life.
public struct ResponseStatus: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A background response waiting to start.
    public static let queued = Self(rawValue: "queued")
    /// Being generated.
    public static let inProgress = Self(rawValue: "in_progress")
    /// Finished.
    public static let completed = Self(rawValue: "completed")
    /// Ended with an error; ``Response/error`` says which.
    public static let failed = Self(rawValue: "failed")
    /// Cancelled before it finished.
    public static let cancelled = Self(rawValue: "cancelled")
    /// Stopped early; ``Response/incompleteDetails`` says why.
    public static let incomplete = Self(rawValue: "incomplete")

    /// Whether the response will not change any more: completed, failed, cancelled or incomplete.
    public var isTerminal: Bool {
        self == .completed || self == .failed || self == .cancelled || self == .incomplete
    }
}

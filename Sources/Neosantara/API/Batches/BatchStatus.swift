/// Where a batch is in its life. The gateway may add statuses; any string decodes.
///
/// A batch goes `validating` → `in_progress` → `finalizing` → `completed`, or ends `failed` (its input did not
/// validate), `expired` (it did not finish within its completion window) or cancelled. The gateway's
/// documentation spells the last both ``cancelled`` and ``canceled``; both count as ended.
public struct BatchStatus: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The input file is being checked.
    public static let validating = Self(rawValue: "validating")
    /// The input file did not validate; see ``Batch/errors``.
    public static let failed = Self(rawValue: "failed")
    /// The requests are being run.
    public static let inProgress = Self(rawValue: "in_progress")
    /// Every request ran; the output and error files are being written.
    public static let finalizing = Self(rawValue: "finalizing")
    /// Done: the results are in ``Batch/outputFileID`` and ``Batch/errorFileID``.
    public static let completed = Self(rawValue: "completed")
    /// The completion window passed first; the requests that ran are in the output files.
    public static let expired = Self(rawValue: "expired")
    /// A cancel was asked for and is under way.
    public static let cancelling = Self(rawValue: "cancelling")
    /// Cancelled, as OpenAI spells it.
    public static let cancelled = Self(rawValue: "cancelled")
    /// Cancelled, as the gateway's cancel operation spells it.
    public static let canceled = Self(rawValue: "canceled")

    /// Whether the batch has ended and will not change again: completed, failed, expired or cancelled in
    /// either spelling.
    public var isTerminal: Bool {
        [.completed, .failed, .expired, .cancelled, .canceled].contains(self)
    }
}

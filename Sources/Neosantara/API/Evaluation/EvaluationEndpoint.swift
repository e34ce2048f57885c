/// Which of the three equivalent evaluation paths to call: `/evaluate`, or the aliases `/evaluations` and
/// `/systemone` (TypeSafe System One's wire format), which differ only in the spelling of the usage keys.
public struct EvaluationEndpoint: Hashable, Sendable {
    /// The path below the base URL.
    public let path: String

    private init(_ path: String) {
        self.path = path
    }

    /// `POST /evaluate`.
    public static let evaluate = Self("/evaluate")
    /// `POST /evaluations`.
    public static let evaluations = Self("/evaluations")
    /// `POST /systemone`, whose usage keys are snake_case.
    public static let systemOne = Self("/systemone")
}

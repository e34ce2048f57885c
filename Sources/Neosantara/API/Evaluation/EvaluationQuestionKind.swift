/// The kind of an evaluation question, which says the type of its answer. The gateway may add kinds; any
/// string decodes.
public struct EvaluationQuestionKind: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Yes or no: a `Bool`.
    public static let boolean = Self(rawValue: "boolean")
    /// Yes, no, or unknown: a `Bool?` (`noul` on the wire).
    public static let nullableBoolean = Self(rawValue: "noul")
    /// One of the question's options: a `String`.
    public static let choice = Self(rawValue: "choice")
    /// A score along the question's rubric: a `Double`.
    public static let score = Self(rawValue: "score")
}

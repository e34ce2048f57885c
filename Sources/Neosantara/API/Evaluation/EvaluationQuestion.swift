/// One question of an evaluation, as the wire carries it. Build one with ``TypedQuestion``, which also reads its
/// answer back as the right Swift type.
public struct EvaluationQuestion: Codable, Hashable, Sendable {
    /// The kind, which says the type of the answer.
    public var kind: EvaluationQuestionKind
    /// What to decide, in words or as structured guidance.
    public var instructions: JSONValue?
    /// The possible answers of a ``EvaluationQuestionKind/choice`` question.
    public var options: [String]?
    /// What each answer means: `true`/`false` for a boolean, one entry per option for a choice.
    public var criteria: JSONValue?
    /// How to score, for a ``EvaluationQuestionKind/score`` question.
    public var scoringRubric: JSONValue?

    /// Creates a question.
    public init(
        kind: EvaluationQuestionKind, instructions: JSONValue? = nil, options: [String]? = nil,
        criteria: JSONValue? = nil, scoringRubric: JSONValue? = nil
    ) {
        self.kind = kind
        self.instructions = instructions
        self.options = options
        self.criteria = criteria
        self.scoringRubric = scoringRubric
    }

    enum CodingKeys: String, CodingKey {
        case kind = "type"
        case instructions, options, criteria
        case scoringRubric = "scoring_rubric"
    }
}

/// A named evaluation question whose answer is read back as `Answer`.
///
/// ```swift
/// let urgent = TypedQuestion.boolean("urgent", instructions: "Does the customer need help today?")
/// let team = TypedQuestion.choice("team", options: ["billing", "tech"])
/// var request = EvaluationRequest(state: .string(notes))
/// request.ask(urgent)
/// request.ask(team)
/// let result = try await client.evaluations.evaluate(request)
/// let isUrgent: Bool = try result.answer(to: urgent)
/// let owner: String = try result.answer(to: team)
/// ```
public struct TypedQuestion<Answer: Decodable & Sendable>: Sendable {
    /// The question's name, its key in the request's `questions` and the response's `answers`.
    public var name: String
    /// The question as sent.
    public var question: EvaluationQuestion

    /// Creates a question; prefer the constructors for each kind, which fix `Answer`.
    public init(name: String, question: EvaluationQuestion) {
        self.name = name
        self.question = question
    }
}

extension TypedQuestion where Answer == Bool {
    /// A yes-or-no question.
    public static func boolean(_ name: String, instructions: String? = nil, criteria: JSONValue? = nil) -> Self {
        Self(
            name: name,
            question: EvaluationQuestion(kind: .boolean, instructions: .text(instructions), criteria: criteria))
    }
}

extension TypedQuestion where Answer == Bool? {
    /// A question whose answer is yes, no, or unknown (`nil`): `noul` on the wire.
    public static func nullableBoolean(_ name: String, instructions: String? = nil, criteria: JSONValue? = nil)
        -> Self
    {
        Self(
            name: name,
            question: EvaluationQuestion(kind: .nullableBoolean, instructions: .text(instructions), criteria: criteria))
    }
}

extension TypedQuestion where Answer == String {
    /// A question answered by one of `options`.
    public static func choice(
        _ name: String, options: [String], instructions: String? = nil, criteria: JSONValue? = nil
    ) -> Self {
        Self(
            name: name,
            question: EvaluationQuestion(
                kind: .choice, instructions: .text(instructions), options: options, criteria: criteria))
    }
}

extension TypedQuestion where Answer == Double {
    /// A question answered by a score, along `rubric` when given.
    public static func score(_ name: String, instructions: String? = nil, rubric: JSONValue? = nil) -> Self {
        Self(
            name: name,
            question: EvaluationQuestion(kind: .score, instructions: .text(instructions), scoringRubric: rubric))
    }
}

extension Optional<JSONValue> {
    /// `text` as a JSON string, or `nil`.
    fileprivate static func text(_ text: String?) -> JSONValue? {
        text.map(JSONValue.string)
    }
}

/// The body of `POST /evaluate` (and its aliases): a state, and named questions about it.
public struct EvaluationRequest: Codable, Hashable, Sendable {
    /// The model the API uses when a request names none.
    public static let defaultModel = "jev"

    /// The evaluation model; ``defaultModel`` by default.
    public var model: String
    /// What the questions are about: text, an object or an array.
    public var state: JSONValue
    /// The questions, by name.
    public var questions: [String: EvaluationQuestion]

    /// Creates a request.
    public init(
        model: String = EvaluationRequest.defaultModel, state: JSONValue, questions: [String: EvaluationQuestion] = [:]
    ) {
        self.model = model
        self.state = state
        self.questions = questions
    }

    enum CodingKeys: String, CodingKey {
        case model, state, questions
    }

    /// Decodes a request; a missing `model` is ``defaultModel``, as the API defaults it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? Self.defaultModel
        state = try container.decode(JSONValue.self, forKey: .state)
        questions = try container.decode([String: EvaluationQuestion].self, forKey: .questions)
    }

    /// Adds `question` under its name, replacing any question of that name.
    public mutating func ask<Answer>(_ question: TypedQuestion<Answer>) {
        questions[question.name] = question.question
    }
}

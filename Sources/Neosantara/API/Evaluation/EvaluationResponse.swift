import Foundation

/// What `POST /evaluate` returns: an answer per question, by name.
public struct EvaluationResponse: Codable, Hashable, Sendable {
    /// The model that answered.
    public var model: String
    /// The answers, by question name, as they came.
    public var answers: [String: JSONValue]
    /// The tokens used, in either spelling the aliases send.
    public var usage: EvaluationUsage?

    /// Creates a response.
    public init(model: String, answers: [String: JSONValue], usage: EvaluationUsage? = nil) {
        self.model = model
        self.answers = answers
        self.usage = usage
    }

    /// The answer to `question`, as its Swift type.
    ///
    /// - Throws: A ``NeosantaraError/Kind/decoding`` error when the response has no answer of that name, or one
    ///   of another type.
    public func answer<Answer>(to question: TypedQuestion<Answer>) throws(NeosantaraError) -> Answer {
        guard let value = answers[question.name] else {
            throw NeosantaraError(
                kind: .decoding,
                message: "the evaluation has no answer to `\(question.name)`; it answered "
                    + (answers.keys.sorted().map { "`\($0)`" }.joined(separator: ", ").nonEmpty ?? "nothing"))
        }
        do {
            return try JSONDecoder().decode(Answer.self, from: JSONEncoder().encode(value))
        } catch {
            throw NeosantaraError(
                kind: .decoding,
                message: "the answer to `\(question.name)` (a \(question.question.kind) question) is not a "
                    + "\(Answer.self): \(value)", underlying: error)
        }
    }
}

extension String {
    /// The string, or `nil` when it is empty.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}

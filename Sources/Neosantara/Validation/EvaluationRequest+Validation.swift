extension EvaluationRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the test
    /// server runs the same checks: a model, at least one question, each with a kind, and a choice with options.
    package func validate() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        guard !questions.isEmpty else { throw .invalidParameter("questions", "must hold at least one question") }
        for (name, question) in questions.sorted(by: { $0.key < $1.key }) {
            guard !name.isEmpty else {
                throw .invalidParameter("questions", "must not have a question with an empty name")
            }
            guard !question.kind.rawValue.isEmpty else {
                throw .invalidParameter("questions.\(name).type", "must name the question's kind")
            }
            if question.kind == .choice, question.options?.isEmpty ?? true {
                throw .invalidParameter("questions.\(name).options", "must hold at least one option for a choice")
            }
        }
    }
}

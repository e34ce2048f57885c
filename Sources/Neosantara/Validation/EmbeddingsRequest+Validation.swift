extension EmbeddingsRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the
    /// test server runs the same checks. Ranges come from ``ParameterLimits``.
    package func validate() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        try input.validate()
        try ParameterLimits.api.dimensions.check(dimensions)
    }
}

extension TextInput {
    /// Checks that there is at least one text, and that no text is empty.
    func validate() throws(NeosantaraError) {
        guard !texts.isEmpty else { throw .invalidParameter("input", "must hold at least one text") }
        for (index, text) in texts.enumerated() where text.isEmpty {
            throw .invalidParameter(self == .single(text) ? "input" : "input[\(index)]", "must not be empty")
        }
    }
}

extension ModerationsRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the
    /// test server runs the same checks.
    package func validate() throws(NeosantaraError) {
        try input.validate()
    }
}

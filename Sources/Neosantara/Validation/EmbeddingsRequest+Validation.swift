extension EmbeddingsRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server.
    func validate() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        try input.validate()
        try check(dimensions, atLeast: 1, "dimensions")
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
    /// Checks what the API constrains, so that a bad request fails here rather than on the server.
    func validate() throws(NeosantaraError) {
        try input.validate()
    }
}

extension VideoRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the test
    /// server runs the same checks: a model, a prompt of 1 to 5,000 characters, a size of `WIDTHxHEIGHT`, and
    /// whole seconds.
    package func validate() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        try MediaParameterLimits.api.videoPromptLength.checkLength(of: prompt)
        if let size {
            _ = try ImageGenerationRequest.dimensions(of: size)
        }
        if let seconds, seconds.isEmpty || !seconds.allSatisfy(\.isASCIIDigit) || seconds == "0" {
            throw .invalidParameter("seconds", "must be a whole number of seconds such as \"5\", not \"\(seconds)\"")
        }
    }
}

import HTTPTypes

/// `POST /embeddings`: vectors for texts.
public struct Embeddings: Sendable {
    let executor: RequestExecutor

    /// Creates embeddings.
    ///
    /// - Throws: ``NeosantaraError``; an invalid request fails before anything is sent.
    public func create(
        _ request: EmbeddingsRequest,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<EmbeddingsResponse> {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/embeddings", operation: "embeddings", model: request.model), .json(request),
            options: options)
    }

    /// Creates embeddings for one text or several.
    ///
    /// ```swift
    /// let result = try await client.embeddings.create(model: "nusa-embeddings-0001", input: ["satu", "dua"])
    /// let vectors: [[Float]] = result.vectors
    /// ```
    ///
    /// - Parameters:
    ///   - model: The embedding model.
    ///   - input: A string or an array of strings.
    ///   - encodingFormat: The wire encoding; vectors arrive as `[Float]` either way.
    ///   - dimensions: The number of dimensions, for models that can shorten their vectors.
    ///   - options: Settings for this call only.
    public func create(
        model: String,
        input: TextInput,
        encodingFormat: EmbeddingEncodingFormat? = nil,
        dimensions: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<EmbeddingsResponse> {
        try await create(
            EmbeddingsRequest(model: model, input: input, encodingFormat: encodingFormat, dimensions: dimensions),
            options: options)
    }
}

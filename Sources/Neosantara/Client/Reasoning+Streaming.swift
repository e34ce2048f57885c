import HTTPTypes

extension Reasoning {
    /// Streams a reasoning completion: the reasoning and the answer arrive in chunks as the model writes them.
    ///
    /// The request is sent with `stream: true` whatever its ``ChatCompletionsRequest/stream`` says.
    ///
    /// - Parameters:
    ///   - request: The model, the messages and any other settings.
    ///   - options: Settings for this call only.
    /// - Returns: The stream of chunks, once the response head has arrived.
    /// - Throws: ``NeosantaraError``: an invalid request fails before anything is sent, and an HTTP error
    ///   status throws the same error a plain ``create(_:options:)`` call throws.
    public func stream(
        _ request: ChatCompletionsRequest,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ChatCompletionStream {
        try request.validate()
        return try await executor.openChatCompletionStream(
            Route(method: .post, path: "/reasoning", operation: "chat", model: request.model), request: request,
            options: options)
    }

    /// Streams a reasoning completion from a model and messages.
    ///
    /// ```swift
    /// let stream = try await client.reasoning.stream(model: "nusantara-think", messages: [.user("Berapa 17 × 23?")])
    /// for try await chunk in stream {
    ///     print(chunk.choices.first?.delta.reasoningContent ?? "", terminator: "")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - messages: The conversation; at least one message.
    ///   - options: Settings for this call only.
    public func stream(
        model: String,
        messages: [ChatMessage],
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ChatCompletionStream {
        try await stream(ChatCompletionsRequest(model: model, messages: messages), options: options)
    }
}

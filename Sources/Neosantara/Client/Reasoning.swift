import HTTPTypes

/// `POST /reasoning`: the legacy reasoning endpoint, with the same request and response as chat.
public struct Reasoning: Sendable {
    let executor: RequestExecutor

    /// Creates a reasoning completion.
    ///
    /// - Parameters:
    ///   - request: The model, the messages and any other settings.
    ///   - options: Settings for this call only.
    /// - Throws: ``NeosantaraError``; an invalid request fails before anything is sent.
    public func create(
        _ request: ChatCompletionsRequest,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<ChatCompletionsResponse> {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/reasoning", operation: "chat", model: request.model), body: request,
            options: options)
    }

    /// Creates a reasoning completion from a model and messages.
    public func create(
        model: String,
        messages: [ChatMessage],
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<ChatCompletionsResponse> {
        try await create(ChatCompletionsRequest(model: model, messages: messages), options: options)
    }
}

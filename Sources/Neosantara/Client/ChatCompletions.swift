import HTTPTypes

/// `POST /chat/completions`: a model's reply to a conversation.
public struct ChatCompletions: Sendable {
    let executor: RequestExecutor

    /// Creates a chat completion.
    ///
    /// - Parameters:
    ///   - request: The model, the messages and any other settings.
    ///   - options: Settings for this call only.
    /// - Returns: The completion, with the HTTP status, headers and request id.
    /// - Throws: ``NeosantaraError``; an invalid request fails before anything is sent.
    public func create(
        _ request: ChatCompletionsRequest,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<ChatCompletionsResponse> {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/chat/completions", operation: "chat", model: request.model), body: request,
            options: options)
    }

    /// Creates a chat completion from a model and messages.
    ///
    /// ```swift
    /// let reply = try await client.chat.completions.create(
    ///     model: "nusantara-base",
    ///     messages: [.system("Jawab singkat."), .user("Apa ibu kota Indonesia?")])
    /// ```
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - messages: The conversation; at least one message.
    ///   - temperature: Sampling temperature, 0 to 2.
    ///   - maxTokens: The most tokens to generate.
    ///   - options: Settings for this call only.
    public func create(
        model: String,
        messages: [ChatMessage],
        temperature: Double? = nil,
        maxTokens: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<ChatCompletionsResponse> {
        try await create(
            ChatCompletionsRequest(model: model, messages: messages, temperature: temperature, maxTokens: maxTokens),
            options: options)
    }
}

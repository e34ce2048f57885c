import HTTPTypes

/// `POST /chat/completions`: a model's reply to a conversation; also `POST /reasoning`, the legacy reasoning
/// endpoint, which takes the same request and answers in the same shape (``NeosantaraClient/reasoning``).
public struct ChatCompletions: Sendable {
    let executor: RequestExecutor
    /// The path below the base URL: `/chat/completions`, or `/reasoning`.
    let path: String

    /// The route of a call with `request`.
    func route(for request: ChatCompletionsRequest) -> Route {
        Route(method: .post, path: path, operation: "chat", model: request.model)
    }

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
        return try await executor.send(route(for: request), .json(request), options: options)
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

import HTTPTypes

/// `POST /anthropic/v1/messages`: the model's next message in a conversation of content blocks; and
/// `POST /anthropic/v1/messages/count_tokens`.
public struct Messages: Sendable {
    let executor: RequestExecutor

    /// The route of a call with `request`.
    func route(for request: MessagesRequest) -> Route {
        Route(method: .post, path: "/messages", operation: "chat", model: request.model)
    }

    /// Creates a message.
    ///
    /// - Parameters:
    ///   - request: The model, the token limit, the messages and any other settings.
    ///   - options: Settings for this call only.
    /// - Returns: The message, with the HTTP status, headers and request id.
    /// - Throws: ``NeosantaraError``; an invalid request fails before anything is sent.
    public func create(
        _ request: MessagesRequest,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<Message> {
        try request.validate()
        var request = request
        request.stream = nil
        return try await executor.send(route(for: request), .json(request), options: options)
    }

    /// Creates a message from a model, a token limit and messages.
    ///
    /// ```swift
    /// let message = try await client.anthropic.messages.create(
    ///     model: "claude-sonnet-4-6", maxTokens: 1024, messages: [.user("Halo!")], system: "Jawab singkat.")
    /// print(message.text)
    /// ```
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - maxTokens: The most tokens to generate.
    ///   - messages: The conversation; at least one message.
    ///   - system: The system prompt.
    ///   - temperature: Sampling temperature, 0 to 1.
    ///   - options: Settings for this call only.
    public func create(
        model: String,
        maxTokens: Int,
        messages: [MessageParam],
        system: SystemPrompt? = nil,
        temperature: Double? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<Message> {
        try await create(
            MessagesRequest(
                model: model, maxTokens: maxTokens, messages: messages, system: system, temperature: temperature),
            options: options)
    }

    /// Counts the input tokens of a request's prompt — messages, system prompt, tools and thinking — without
    /// creating a message.
    ///
    /// Settings of the answer, such as ``MessagesRequest/maxTokens``, are not sent.
    ///
    /// - Parameters:
    ///   - request: The request whose prompt to count.
    ///   - options: Settings for this call only.
    /// - Throws: ``NeosantaraError``; an invalid prompt fails before anything is sent.
    public func countTokens(
        _ request: MessagesRequest,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<MessageTokenCount> {
        try request.validatePrompt()
        return try await executor.send(
            Route(method: .post, path: "/messages/count_tokens", operation: "count_tokens", model: request.model),
            .json(MessageTokenCountRequest(request)), options: options)
    }

    /// Counts the input tokens of a model's prompt of `messages` and `system`.
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - messages: The conversation; at least one message.
    ///   - system: The system prompt.
    ///   - options: Settings for this call only.
    public func countTokens(
        model: String,
        messages: [MessageParam],
        system: SystemPrompt? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<MessageTokenCount> {
        try await countTokens(
            MessagesRequest(model: model, maxTokens: 1, messages: messages, system: system), options: options)
    }
}

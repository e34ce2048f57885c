import HTTPTypes

extension ChatCompletions {
    /// Streams a chat completion: the answer arrives in chunks as the model writes it.
    ///
    /// The request is sent with `stream: true` whatever its ``ChatCompletionsRequest/stream`` says. Set
    /// ``ChatCompletionsRequest/streamOptions`` to `StreamOptions(includeUsage: true)` to get the token usage
    /// in the last chunk.
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
        let (route, payload) = try streamingCall(request)
        let response = try await executor.open(route, payload, options: options)
        return ChatCompletionStream(response, executor: executor)
    }

    /// The route and body of a streamed call, after checking the request. Out of line, so that its work does not
    /// enlarge the async frame of ``stream(_:options:)``: the deepest frame chain a task reaches while opening
    /// is memory an open stream keeps.
    @inline(never)
    private func streamingCall(_ request: ChatCompletionsRequest) throws(NeosantaraError) -> (Route, RequestPayload) {
        try request.validate()
        var request = request
        request.stream = true
        var route = route(for: request)
        route.accept = "text/event-stream"
        return (route, .json(request))
    }

    /// Streams a chat completion from a model and messages.
    ///
    /// ```swift
    /// let stream = try await client.chat.completions.stream(model: "nusantara-base", messages: [.user("Ceritakan pantun")])
    /// for try await chunk in stream {
    ///     print(chunk.choices.first?.delta.content ?? "", terminator: "")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - messages: The conversation; at least one message.
    ///   - temperature: Sampling temperature, 0 to 2.
    ///   - maxTokens: The most tokens to generate.
    ///   - options: Settings for this call only.
    public func stream(
        model: String,
        messages: [ChatMessage],
        temperature: Double? = nil,
        maxTokens: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ChatCompletionStream {
        try await stream(
            ChatCompletionsRequest(model: model, messages: messages, temperature: temperature, maxTokens: maxTokens),
            options: options)
    }
}

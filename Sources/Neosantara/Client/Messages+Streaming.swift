extension Messages {
    /// Streams a message: typed events as the model writes it.
    ///
    /// The request is sent with `stream: true` whatever its ``MessagesRequest/stream`` says.
    ///
    /// - Parameters:
    ///   - request: The model, the token limit, the messages and any other settings.
    ///   - options: Settings for this call only.
    /// - Returns: The stream of events, once the response head has arrived.
    /// - Throws: ``NeosantaraError``: an invalid request fails before anything is sent, and an HTTP error
    ///   status throws the same error a plain ``create(_:options:)`` call throws.
    public func stream(
        _ request: MessagesRequest,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> MessageStream {
        let (route, payload) = try streamingCall(request)
        let response = try await executor.open(route, payload, options: options)
        return MessageStream(response, executor: executor)
    }

    /// The route and body of a streamed call, after checking the request; out of line, to keep the async
    /// frame of ``stream(_:options:)`` small.
    @inline(never)
    private func streamingCall(_ request: MessagesRequest) throws(NeosantaraError) -> (Route, RequestPayload) {
        try request.validate()
        var request = request
        request.stream = true
        var route = route(for: request)
        route.accept = "text/event-stream"
        return (route, .json(request))
    }

    /// Streams a message from a model, a token limit and messages.
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - maxTokens: The most tokens to generate.
    ///   - messages: The conversation; at least one message.
    ///   - system: The system prompt.
    ///   - options: Settings for this call only.
    public func stream(
        model: String,
        maxTokens: Int,
        messages: [MessageParam],
        system: SystemPrompt? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> MessageStream {
        try await stream(
            MessagesRequest(model: model, maxTokens: maxTokens, messages: messages, system: system), options: options)
    }
}

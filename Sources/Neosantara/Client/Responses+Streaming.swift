import HTTPTypes

extension Responses {
    /// Streams a response: its events arrive as the model writes it.
    ///
    /// The request is sent with `stream: true` whatever its ``ResponsesRequest/stream`` says.
    ///
    /// - Parameters:
    ///   - request: The model, the input and any other settings.
    ///   - options: Settings for this call only.
    /// - Returns: The stream of events, once the response head has arrived.
    /// - Throws: ``NeosantaraError``: an invalid request fails before anything is sent, and an HTTP error
    ///   status throws the same error a plain ``create(_:options:)`` call throws.
    public func stream(_ request: ResponsesRequest, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> ResponseStream
    {
        let (route, payload) = try streamingCall(request)
        let response = try await executor.open(route, payload, options: options)
        return ResponseStream(response, executor: executor)
    }

    /// The route and body of a streamed call, after checking the request; out of line, to keep the async
    /// frame of ``stream(_:options:)`` small.
    @inline(never)
    private func streamingCall(_ request: ResponsesRequest) throws(NeosantaraError) -> (Route, RequestPayload) {
        try request.validate()
        var request = request
        request.stream = true
        var route = Route(method: .post, path: "/responses", operation: "responses", model: request.model)
        route.accept = "text/event-stream"
        return (route, .json(request))
    }

    /// Streams a response from a model and an input.
    ///
    /// ```swift
    /// let stream = try await client.responses.stream(model: "nusantara-base", input: "Tulis pantun tentang kopi")
    /// for try await event in stream {
    ///     if case .outputTextDelta(let delta, _) = event.kind { print(delta, terminator: "") }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - input: A string, or typed items.
    ///   - instructions: A system message placed before the input.
    ///   - previousResponseID: The stored response this one continues.
    ///   - options: Settings for this call only.
    public func stream(
        model: String,
        input: ResponseInput,
        instructions: String? = nil,
        previousResponseID: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ResponseStream {
        try await stream(
            ResponsesRequest(
                model: model, input: input, instructions: instructions, previousResponseID: previousResponseID),
            options: options)
    }

    /// Streams the events of a stored response, such as a background one started with `stream: true`, from
    /// the one after `sequenceNumber` (`GET /responses/{id}?stream=true&starting_after=…`), where the server
    /// supports it.
    ///
    /// - Parameters:
    ///   - id: The response's id.
    ///   - sequenceNumber: The last event already read, such as ``ResponseStream/lastSequenceNumber``; `nil`
    ///     for every event.
    ///   - options: Settings for this call only.
    public func resumeStream(
        _ id: String, after sequenceNumber: Int? = nil, options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ResponseStream {
        var route = Route(method: .get, path: try Self.path(id), operation: "retrieve_response")
        route.accept = "text/event-stream"
        route.query.append(("stream", "true"))
        if let sequenceNumber {
            route.query.append(("starting_after", String(sequenceNumber)))
        }
        let opened = try await Self.explainingNotFound(id) { () async throws(NeosantaraError) in
            try await executor.open(route, .none, options: options)
        }
        return ResponseStream(opened, executor: executor)
    }
}

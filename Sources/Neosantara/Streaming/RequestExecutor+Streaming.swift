import HTTPTypes

extension RequestExecutor {
    /// Sends a chat request with `stream: true` and returns the stream of its answer once the response head
    /// has arrived; an error status is thrown as the same ``NeosantaraError`` a plain call throws.
    func openChatCompletionStream(
        _ route: Route,
        request: ChatCompletionsRequest,
        options: RequestOptions
    ) async throws(NeosantaraError) -> ChatCompletionStream {
        var request = request
        request.stream = true
        var options = options
        if options.headers[.accept] == nil {
            options.headers[.accept] = "text/event-stream"
        }
        let response = try await open(route, body: request, options: options)
        return ChatCompletionStream(response, executor: self)
    }
}

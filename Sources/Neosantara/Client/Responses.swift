import HTTPTypes

/// `/responses`: the Responses API — typed input and output items, server tools, stored conversations
/// (`previous_response_id`), background responses and streamed events.
///
/// ```swift
/// let response = try await client.responses.create(model: "nusantara-base", input: "Tulis pantun tentang kopi")
/// print(response.outputText)
/// let next = try await client.responses.create(
///     model: "nusantara-base", input: "Lagi!", previousResponseID: response.id)
/// ```
public struct Responses: Sendable {
    let executor: RequestExecutor

    /// Creates a response.
    ///
    /// With ``ResponsesRequest/background`` set, the server answers at once with a `queued` response; wait
    /// for it with ``wait(_:polling:options:onProgress:)``.
    ///
    /// - Parameters:
    ///   - request: The model, the input and any other settings.
    ///   - options: Settings for this call only.
    /// - Returns: The response, with the HTTP status, headers and request id.
    /// - Throws: ``NeosantaraError``; an invalid request fails before anything is sent.
    public func create(_ request: ResponsesRequest, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Response>
    {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/responses", operation: "responses", model: request.model), .json(request),
            options: options)
    }

    /// Creates a response from a model and an input.
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - input: A string, or typed items.
    ///   - instructions: A system message placed before the input.
    ///   - previousResponseID: The stored response this one continues.
    ///   - tools: The tools the model may use.
    ///   - background: Whether to generate the response in the background.
    ///   - options: Settings for this call only.
    public func create(
        model: String,
        input: ResponseInput,
        instructions: String? = nil,
        previousResponseID: String? = nil,
        tools: [ResponseTool]? = nil,
        background: Bool? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<Response> {
        try await create(
            ResponsesRequest(
                model: model, input: input, instructions: instructions, previousResponseID: previousResponseID,
                tools: tools, background: background),
            options: options)
    }

    /// Fetches a stored response, such as a background one, as it is now.
    ///
    /// - Throws: ``NeosantaraError``, of kind ``NeosantaraError/Kind/notFound`` when the server holds no
    ///   response with this id or does not serve the operation.
    public func retrieve(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Response>
    {
        try await Self.explainingNotFound(id) { () async throws(NeosantaraError) in
            try await executor.send(
                Route(method: .get, path: try Self.path(id), operation: "retrieve_response"), options: options)
        }
    }

    /// Cancels a background response that has not finished.
    ///
    /// - Returns: The response, now `cancelled`.
    public func cancel(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<Response>
    {
        try await Self.explainingNotFound(id) { () async throws(NeosantaraError) in
            try await executor.send(
                Route(method: .post, path: try Self.path(id) + "/cancel", operation: "cancel_response"), .none,
                options: options)
        }
    }

    /// Deletes a stored response. A server that answers with an empty body counts as having deleted it.
    public func delete(_ id: String, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<ResponseDeletion>
    {
        let response = try await Self.explainingNotFound(id) { () async throws(NeosantaraError) in
            try await executor.send(
                Route(method: .delete, path: try Self.path(id), operation: "delete_response"), options: options,
                as: ResponseDeletion?.self)
        }
        return APIResponse(
            value: response.value ?? ResponseDeletion(id: id, deleted: true), httpStatus: response.httpStatus,
            headers: response.headers, requestID: response.requestID)
    }

    /// The input items of a stored response, fetched page by page as they are read.
    ///
    /// ```swift
    /// for try await stored in client.responses.listInputItems(response.id, order: "asc") {
    ///     print(stored.id, stored.item.type)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - id: The response's id.
    ///   - limit: The most items per page, 1 to 100, or `nil` for the server's default.
    ///   - order: `asc` for oldest first, `desc` for newest first, or `nil` for the server's default.
    ///   - after: The item id to start after.
    ///   - options: Settings for every page's request.
    public func listInputItems(
        _ id: String,
        limit: Int? = nil,
        order: String? = nil,
        after: String? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<ResponseItem> {
        guard !id.isEmpty else {
            return PageSequence(startingAt: nil) { _ throws(NeosantaraError) in
                throw .invalidParameter("id", "must not be empty")
            }
        }
        var route = Route(
            method: .get, path: "/responses/" + Route.segment(id) + "/input_items",
            operation: "list_response_input_items")
        if let order {
            route.query.append(("order", order))
        }
        return executor.list(route, style: .openAI, limit: limit, cursor: after, options: options)
    }

    /// `/responses/{id}`, or an error for an empty id.
    static func path(_ id: String) throws(NeosantaraError) -> String {
        guard !id.isEmpty else { throw .invalidParameter("id", "must not be empty") }
        return "/responses/" + Route.segment(id)
    }

    /// Runs `call`, and adds to a 404's message what it means for a stored response.
    static func explainingNotFound<Value>(
        _ id: String, _ call: () async throws(NeosantaraError) -> Value
    ) async throws(NeosantaraError) -> Value {
        do {
            return try await call()
        } catch  where error.kind == .notFound {
            var error = error
            error.message +=
                (error.message.isEmpty ? "" : "; ")
                + "no stored response `\(id)` here: it was created with `store: false`, was deleted, or this server "
                + "does not serve stored responses"
            throw error
        }
    }
}

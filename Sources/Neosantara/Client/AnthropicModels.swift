import HTTPTypes

/// `GET /anthropic/v1/models` and `GET /anthropic/v1/models/{id}`: the models, in Anthropic's shape.
public struct AnthropicModels: Sendable {
    let executor: RequestExecutor

    /// Lists the models, fetching page after page as they are read.
    ///
    /// ```swift
    /// for try await model in client.anthropic.models.list() {
    ///     print(model.id, model.displayName ?? "")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - limit: The most models per page, or `nil` for the server's default.
    ///   - afterID: Start after this model, paging forward (`after_id`).
    ///   - beforeID: Start before this model, paging backward (`before_id`); not with `afterID`.
    ///   - options: Settings for every page's request.
    /// - Returns: The models; reading them throws ``NeosantaraError``, and throws before anything is sent when
    ///   both cursors are given or `limit` is below 1.
    public func list(
        limit: Int? = nil,
        afterID: String? = nil,
        beforeID: String? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<AnthropicModel> {
        let problem: NeosantaraError? =
            if afterID != nil, beforeID != nil {
                .invalidParameter("before_id", "cannot be combined with `after_id`; page one way")
            } else if let limit, limit < 1 {
                .invalidParameter("limit", "must be at least 1, not \(limit)")
            } else {
                nil
            }
        if let problem {
            return PageSequence(startingAt: nil) { _ throws(NeosantaraError) in throw problem }
        }
        return executor.list(
            Route(method: .get, path: "/models", operation: "list_models"),
            style: .anthropic(beforeID == nil ? .forward : .backward), limit: limit, cursor: beforeID ?? afterID,
            options: options)
    }

    /// Describes one model.
    ///
    /// - Parameters:
    ///   - id: The model id.
    ///   - options: Settings for this call only.
    /// - Throws: ``NeosantaraError``, of kind ``NeosantaraError/Kind/notFound`` when there is no such model.
    public func retrieve(
        _ id: String,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<AnthropicModel> {
        guard !id.isEmpty else { throw .invalidParameter("id", "must not be empty") }
        return try await executor.send(
            Route(method: .get, path: "/models/" + Route.segment(id), operation: "retrieve_model"), options: options)
    }
}

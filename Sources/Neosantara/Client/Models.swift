import HTTPTypes

/// `GET /models` and `GET /models/{id}`: the models the server offers.
public struct Models: Sendable {
    let executor: RequestExecutor

    /// Lists the models, optionally filtered.
    ///
    /// - Parameters:
    ///   - provider: Only models of this provider.
    ///   - capability: Only models that can do this.
    ///   - includeDeprecated: Whether deprecated models are listed too.
    ///   - options: Settings for this call only.
    public func list(
        provider: String? = nil,
        capability: ModelCapability? = nil,
        includeDeprecated: Bool? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<ModelsListResponse> {
        var route = Route(method: .get, path: "/models", operation: "list_models")
        if let provider { route.query.append(("provider", provider)) }
        if let capability { route.query.append(("capability", capability.rawValue)) }
        if let includeDeprecated { route.query.append(("include_deprecated", String(includeDeprecated))) }
        return try await executor.send(route, options: options)
    }

    /// Describes one model.
    ///
    /// - Parameters:
    ///   - id: The model id, for example `"nusantara-base"`.
    ///   - options: Settings for this call only.
    /// - Throws: ``NeosantaraError``, of kind ``NeosantaraError/Kind/notFound`` when there is no such model.
    public func retrieve(
        _ id: String,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<Model> {
        guard !id.isEmpty else { throw .invalidParameter("id", "must not be empty") }
        return try await executor.send(
            Route(method: .get, path: "/models/" + Route.segment(id), operation: "retrieve_model"), options: options)
    }
}

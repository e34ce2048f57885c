import HTTPTypes

/// `POST /moderations`: whether texts break content policies.
public struct Moderations: Sendable {
    let executor: RequestExecutor

    /// Classifies texts.
    ///
    /// - Throws: ``NeosantaraError``; an invalid request fails before anything is sent.
    public func create(
        _ request: ModerationsRequest,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<ModerationsResponse> {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/moderations", operation: "moderations", model: request.model), .json(request),
            options: options)
    }

    /// Classifies one text or several.
    ///
    /// - Parameters:
    ///   - input: A string or an array of strings.
    ///   - model: The moderation model; the server's default when `nil`.
    ///   - options: Settings for this call only.
    public func create(
        input: TextInput,
        model: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<ModerationsResponse> {
        try await create(ModerationsRequest(input: input, model: model), options: options)
    }
}

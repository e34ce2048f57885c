import HTTPTypes

/// `POST /evaluate`: typed questions about a state, answered by a fast decision model.
///
/// ```swift
/// let urgent = TypedQuestion.boolean("urgent")
/// var request = EvaluationRequest(state: "Server down since 8am, customers cannot pay.")
/// request.ask(urgent)
/// let result = try await client.evaluations.evaluate(request)
/// if try result.answer(to: urgent) { page() }
/// ```
public struct Evaluations: Sendable {
    let executor: RequestExecutor

    /// Asks the request's questions about its state.
    ///
    /// - Parameters:
    ///   - request: The state and questions.
    ///   - endpoint: `/evaluate` (the default), or the aliases `/evaluations` and `/systemone`.
    ///   - options: Settings for this call only.
    /// - Throws: ``NeosantaraError``; a request without questions, or a choice without options, fails before
    ///   anything is sent.
    public func evaluate(
        _ request: EvaluationRequest, endpoint: EvaluationEndpoint = .evaluate,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<EvaluationResponse> {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: endpoint.path, operation: "evaluate", model: request.model), .json(request),
            options: options)
    }
}

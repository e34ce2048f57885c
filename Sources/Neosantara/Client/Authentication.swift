import HTTPTypes

/// `GET /auth/key`: the API key's status and usage.
public struct Authentication: Sendable {
    let executor: RequestExecutor

    /// Reads whether the key is valid, its tier, and its daily and monthly usage.
    public func keyStatus(options: RequestOptions = RequestOptions()) async throws(NeosantaraError) -> APIResponse<
        APIKeyStatus
    > {
        try await executor.send(
            Route(method: .get, path: "/auth/key", operation: "key_status"), options: options)
    }
}

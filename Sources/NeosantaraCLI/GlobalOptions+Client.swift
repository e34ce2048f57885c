import Neosantara

extension GlobalOptions {
    /// Runs `body` with a client for these options.
    func withClient<Result: Sendable>(
        _ body: @Sendable (NeosantaraClient) async throws -> Result
    ) async throws -> Result {
        try await body(NeosantaraClient(configuration: try configuration()))
    }
}

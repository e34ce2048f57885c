import Neosantara
import NeosantaraTesting

extension GlobalOptions {
    /// Runs `body` with a client for these options; with `--local`, against the built-in server, which runs
    /// in this process until `body` returns.
    func withClient<Result: Sendable>(
        _ body: @Sendable (NeosantaraClient) async throws -> Result
    ) async throws -> Result {
        guard local else {
            return try await body(NeosantaraClient(configuration: try configuration()))
        }
        return try await NeosantaraTestServer.withServer { server in
            Terminal.note(
                "neosantara: using the built-in local server at \(server.baseURL) (no key, no network; "
                    + "it answers \"Echo: \" and your message)")
            let configuration = try configuration(baseURL: server.baseURL, apiKey: apiKey ?? "local")
            return try await body(NeosantaraClient(configuration: configuration))
        }
    }
}

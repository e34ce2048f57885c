import Foundation
import Neosantara
import NeosantaraTesting

extension GlobalOptions {
    /// Runs `body` with a client for these options; with `--local`, against the built-in server, which runs
    /// in this process until `body` returns. With `baseURLNamesAnthropic`, `--base-url` is the base of the
    /// Anthropic-compatible API rather than of the OpenAI-style one.
    func withClient<Result: Sendable>(
        baseURLNamesAnthropic: Bool = false,
        _ body: @Sendable (NeosantaraClient) async throws -> Result
    ) async throws -> Result {
        guard local else {
            var configuration = try configuration(
                baseURL: baseURLNamesAnthropic ? NeosantaraClient.Configuration().baseURL : nil)
            if baseURLNamesAnthropic, let baseURL {
                configuration.anthropicBaseURL = URL(string: baseURL)
            }
            return try await body(NeosantaraClient(configuration: configuration))
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

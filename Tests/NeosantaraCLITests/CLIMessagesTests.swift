import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// `neosantara chat --api messages`: the built binary through the Anthropic-compatible Messages API.
@Suite("The neosantara command with --api messages", .serialized)
struct CLIMessagesTests {
    static let key = "nsk_cli_test_7c1e5a9b3d"

    /// `--base-url` naming the server's Anthropic base, with the test key.
    func target(_ server: NeosantaraTestServer) -> [String] {
        let anthropicBase = server.baseURL.deletingLastPathComponent().appendingPathComponent("anthropic/v1")
        return ["--base-url", anthropicBase.absoluteString, "--api-key", Self.key]
    }

    @Test("chat --api messages streams the reply from /anthropic/v1/messages, with --base-url as its base")
    func streamed() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(
                ["chat", "--api", "messages", "--system", "Jawab singkat.", "Halo!"] + target(server))
            #expect(result.status == 0)
            #expect(result.stdout == "Echo: Halo!\n")
            #expect(result.stderr == "")
            let request = try #require(server.requests.first)
            #expect(request.path == "/anthropic/v1/messages")
            #expect(request.headers[HTTPField.Name("x-api-key")!] == Self.key)
            #expect(request.json?["stream"] == true)
            #expect(request.json?["system"] == "Jawab singkat.")
            #expect(request.json?["max_tokens"] == 4096)
        }
    }

    @Test("--reasoning asks for thinking and prints it before the answer; --no-stream and --json work too")
    func thinkingAndJSON() async throws {
        try await NeosantaraTestServer.withServer { server in
            let thinking = try await CLIRunner.run(
                ["chat", "--api", "messages", "--reasoning", "Halo"] + target(server))
            #expect(thinking.status == 0)
            #expect(thinking.stdout == "Reasoning about: Halo\n\nEcho: Halo\n", "no escape codes off a terminal")
            #expect(server.requests.first?.json?["thinking"] == ["type": "adaptive"])

            let json = try await CLIRunner.run(
                ["chat", "--api", "messages", "--no-stream", "--json", "Halo"] + target(server))
            #expect(json.status == 0)
            let message = try JSONDecoder().decode(Message.self, from: Data(json.stdout.utf8))
            #expect(message.text == "Echo: Halo")
        }
    }

    @Test("--local answers through the built-in server's Messages API, and a bad temperature is refused")
    func local() async throws {
        let result = try await CLIRunner.run(["chat", "--api", "messages", "--local", "Selamat pagi"])
        #expect(result.status == 0)
        #expect(result.stdout == "Echo: Selamat pagi\n")
        let refused = try await CLIRunner.run(["chat", "--api", "messages", "--local", "--temperature", "1.5", "x"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--temperature must be between 0 and 1"))
    }
}

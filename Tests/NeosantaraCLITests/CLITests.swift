import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The built `neosantara` binary against a NeosantaraTesting server, the way a user runs it.
@Suite("The neosantara command", .serialized)
struct CLITests {
    static let key = "nsk_cli_test_7c1e5a9b3d"

    /// The arguments that point the tool at `server` with the test key.
    func target(_ server: NeosantaraTestServer) -> [String] {
        ["--base-url", server.baseURL.absoluteString, "--api-key", Self.key]
    }

    @Test("chat streams the reply to stdout, and nothing else")
    func streamedChat() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(["chat", "Halo!", "Apa", "kabar?"] + target(server))
            #expect(result.status == 0)
            #expect(result.stdout == "Echo: Halo! Apa kabar?\n")
            #expect(result.stderr == "")
            let body = try #require(server.requests.first?.json)
            #expect(body["stream"] == true)
            #expect(body["model"] == "nusantara-base")
            #expect(server.requests.first?.bearerToken == Self.key)
        }
    }

    @Test("--no-stream, --system, --model, --temperature, --max-tokens and -H reach the request")
    func plainChatOptions() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(
                [
                    "chat", "--no-stream", "--system", "Jawab singkat.", "--model", "deepseek-v4.1-flash",
                    "--temperature", "0.5", "--max-tokens", "50", "-H", "X-Guard: on", "Apa ibu kota Indonesia?",
                ] + target(server))
            #expect(result.status == 0)
            #expect(result.stdout == "Echo: Apa ibu kota Indonesia?\n")
            let request = try #require(server.requests.first)
            let body = try #require(request.json)
            #expect(body["stream"] == nil)
            #expect(body["model"] == "deepseek-v4.1-flash")
            #expect(body["temperature"] == 0.5)
            #expect(body["max_tokens"] == 50)
            #expect(body["messages"]?[0] == ["role": "system", "content": "Jawab singkat."])
            #expect(request.headers[HTTPField.Name("X-Guard")!] == "on")
        }
    }

    @Test("The prompt comes from stdin when there is no argument")
    func stdinPrompt() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(["chat"] + target(server), stdin: "Ringkas teks ini\n")
            #expect(result.status == 0)
            #expect(result.stdout == "Echo: Ringkas teks ini\n")
        }
    }

    @Test("--json prints a response object that decodes, streamed or not", arguments: [true, false])
    func jsonOutput(streamed: Bool) async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(
                ["chat", "--json", "Halo"] + (streamed ? [] : ["--no-stream"]) + target(server))
            #expect(result.status == 0)
            let response = try JSONDecoder().decode(ChatCompletionsResponse.self, from: Data(result.stdout.utf8))
            #expect(response.choices.first?.message.content == "Echo: Halo")
            #expect(response.usage != nil)
        }
    }

    @Test("--verbose prints tokens and timings on stderr only")
    func verbose() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(["chat", "--verbose", "Halo"] + target(server))
            #expect(result.stdout == "Echo: Halo\n")
            #expect(result.stderr.contains("tokens: "))
            #expect(result.stderr.contains("first token: "))
            #expect(result.stderr.contains("total: "))
        }
    }

    @Test("--image sends a local file as a data URL")
    func image() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cli-test-\(UUID()).png")
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(["chat", "--image", file.path, "Apa ini?"] + target(server))
            #expect(result.status == 0)
            let content = try #require(server.requests.first?.json?["messages"]?[0]?["content"])
            #expect(content[0] == ["type": "text", "text": "Apa ini?"])
            #expect(content[1]?["image_url"]?["url"] == "data:image/png;base64,iVBORw==")
        }
    }

    @Test("models prints a table, or JSON that decodes, and passes --capability")
    func models() async throws {
        try await NeosantaraTestServer.withServer { server in
            let table = try await CLIRunner.run(["models"] + target(server))
            #expect(table.status == 0)
            let lines = table.stdout.split(separator: "\n")
            #expect(lines.first?.hasPrefix("MODEL") == true)
            #expect(lines.contains { $0.hasPrefix("nusantara-base ") })
            let json = try await CLIRunner.run(["models", "--json", "--capability", "embeddings"] + target(server))
            let list = try JSONDecoder().decode(ModelsListResponse.self, from: Data(json.stdout.utf8))
            #expect(!list.data.isEmpty)
            #expect(list.data.allSatisfy { $0.capabilities?.contains(.embeddings) == true })
            #expect(server.requests.last?.query["capability"] == "embeddings")
        }
    }

    @Test("embed, moderate and key print readable lines or JSON that decodes")
    func otherOperations() async throws {
        try await NeosantaraTestServer.withServer { server in
            let embed = try await CLIRunner.run(["embed", "selamat pagi", "good morning"] + target(server))
            #expect(embed.status == 0)
            #expect(embed.stdout.split(separator: "\n").count == 2)
            #expect(embed.stdout.contains("16 dimensions"))
            let embedJSON = try await CLIRunner.run(["embed", "--json", "halo"] + target(server))
            let vectors = try JSONDecoder().decode(EmbeddingsResponse.self, from: Data(embedJSON.stdout.utf8))
            #expect(vectors.vectors.first?.count == 16)

            let moderate = try await CLIRunner.run(["moderate", "halo"] + target(server))
            #expect(moderate.status == 0)
            #expect(moderate.stdout == "0\tok\thalo\n")
            let moderateJSON = try await CLIRunner.run(["moderate", "--json", "halo"] + target(server))
            #expect(
                try JSONDecoder().decode(ModerationsResponse.self, from: Data(moderateJSON.stdout.utf8)).results.count
                    == 1)

            let key = try await CLIRunner.run(["key"] + target(server))
            #expect(key.status == 0)
            #expect(key.stdout.contains("authorized    yes"))
            #expect(key.stdout.contains("daily"))
        }
    }

    @Test("A wrong key exits 1 with one line that names the status and never the key")
    func unauthorized() async throws {
        try await NeosantaraTestServer.withServer(configuration: .init(expectedAPIKey: APIKey("the-right-key-0000"))) {
            server in
            let result = try await CLIRunner.run(["chat", "Halo"] + target(server))
            #expect(result.status == 1)
            #expect(result.stdout == "")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(result.stderr.contains("HTTP 401"))
            #expect(result.stderr.contains("--api-key"))
            #expect(!result.stderr.contains(Self.key))
        }
    }

    @Test("A 429 is retried --max-retries times, then exits 1 saying how many attempts were made")
    func rateLimited() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(Array(repeating: .rateLimited(retryAfter: 0), count: 3), for: .chatCompletions)
            let result = try await CLIRunner.run(["chat", "--max-retries", "2", "Halo"] + target(server))
            #expect(result.status == 1)
            #expect(server.requests.count == 3)
            #expect(result.stderr.contains("HTTP 429"))
            #expect(result.stderr.contains("after 3 attempts"))
        }
    }

    @Test("A reply slower than --timeout exits 1, saying to raise --timeout")
    func timeout() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.standard.delayed(by: .seconds(10)), for: .chatCompletions)
            let result = try await CLIRunner.run(
                ["chat", "--no-stream", "--timeout", "0.2", "--max-retries", "0", "Halo"] + target(server))
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("neosantara: timed out"))
            #expect(result.stderr.contains("Retry, or raise --timeout"))
        }
    }

    @Test("A stream that stalls between chunks for longer than --timeout exits 1, after what it had printed")
    func streamStallTimeout() async throws {
        try await NeosantaraTestServer.withServer { server in
            let stall = ReplyGate()
            defer { stall.open() }
            server.enqueue(.standard.pausing(afterEvents: 2, until: stall), for: .chatCompletions)
            let clock = ContinuousClock()
            let started = clock.now
            let result = try await CLIRunner.run(
                ["chat", "--timeout", "0.5", "--max-retries", "0", "satu dua tiga empat"] + target(server))
            #expect(result.status == 1)
            #expect(result.stdout.hasPrefix("Echo:"), "what arrived before the stall is kept")
            #expect(!result.stdout.contains("empat"))
            #expect(result.stderr.contains("timed out"))
            #expect(result.stderr.contains("Retry, or raise --timeout"))
            #expect(clock.now - started < .seconds(5), "the stalled stream was given up after --timeout")
        }
    }

    @Test("A server that is down exits 1 with a connection error")
    func serverDown() async throws {
        let result = try await CLIRunner.run(
            ["chat", "--max-retries", "0", "--base-url", "http://127.0.0.1:1/v1", "--api-key", Self.key, "Halo"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("neosantara: connection failed"))
    }

    @Test("No key exits 1 and says how to give one")
    func missingKey() async throws {
        let result = try await CLIRunner.run(["chat", "Halo"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Set NEOSANTARA_API_KEY or pass --api-key"))
    }

    @Test(
        "A bad command line exits 2", arguments: [["chat", "--temperature", "7", "x"], ["chat", "--bogus"], ["nope"]])
    func usageErrors(arguments: [String]) async throws {
        let result = try await CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(!result.stderr.isEmpty)
    }

    @Test("--local answers with no key and no network, and says so on stderr")
    func local() async throws {
        let result = try await CLIRunner.run(["chat", "--local", "Halo! Apa kabar?"])
        #expect(result.status == 0)
        #expect(result.stdout == "Echo: Halo! Apa kabar?\n")
        #expect(result.stderr.contains("built-in local server"))
    }

    @Test("Ctrl-C during a reply stops it at once and exits 130")
    func interrupted() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.standard.withChunkDelay(.seconds(2)), for: .chatCompletions)
            let running = try CLIRunner.start(["chat", "satu dua tiga empat lima"] + target(server))
            while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
            try await Task.sleep(for: .milliseconds(200))
            let clock = ContinuousClock()
            let interruptedAt = clock.now
            running.interrupt()
            let result = try await running.result()
            #expect(result.status == 130)
            #expect(clock.now - interruptedAt < .seconds(2), "the 12 s stream was stopped, not waited for")
        }
    }

    /// util-linux `script`, which runs a command on a pseudo-terminal.
    static let script = URL(fileURLWithPath: "/usr/bin/script")

    @Test(
        "On a terminal, chat with no prompt is a session that keeps the conversation, with /model and /reset",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: script.path), "needs util-linux script for a terminal"))
    func interactiveSession() async throws {
        try await NeosantaraTestServer.withServer { server in
            let executable = try #require(CLIRunner.executable)
            let command = ([executable.path, "chat", "--system", "Jawab singkat."] + target(server))
                .map { "'\($0)'" }.joined(separator: " ")
            let result = try await CLIRunner.run(
                ["-qec", command, "/dev/null"],
                stdin: "Halo\nApa kabar?\n/model deepseek-v4.1-flash\nLagi\n/reset\nBaru\n/exit\n",
                program: Self.script)
            #expect(result.status == 0)
            #expect(result.stdout.contains("Echo: Apa kabar?"))
            #expect(result.stdout.contains("(conversation cleared)"))
            let conversations = server.requests.map { request in
                (request.json?["messages"]?.arrayValue ?? []).map { $0["content"]?.stringValue ?? "" }
            }
            #expect(
                conversations == [
                    ["Jawab singkat.", "Halo"],
                    ["Jawab singkat.", "Halo", "Echo: Halo", "Apa kabar?"],
                    ["Jawab singkat.", "Halo", "Echo: Halo", "Apa kabar?", "Echo: Apa kabar?", "Lagi"],
                    ["Jawab singkat.", "Baru"],
                ])
            #expect(
                server.requests.map { $0.json?["model"] } == [
                    "nusantara-base", "nusantara-base", "deepseek-v4.1-flash", "deepseek-v4.1-flash",
                ])
        }
    }

    @Test("--version prints the SDK version")
    func version() async throws {
        let result = try await CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == NeosantaraClient.version + "\n")
    }
}

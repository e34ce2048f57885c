import Foundation
import Neosantara
import NeosantaraTesting
import Testing

/// `neosantara chat --api responses`, run as the built binary against the test server.
@Suite("CLI: chat over the Responses API")
struct ResponsesCLITests {
    static let key = "nsk_cli_responses_7c1d"

    func target(_ server: NeosantaraTestServer) -> [String] {
        ["--base-url", server.baseURL.absoluteString, "--api-key", Self.key]
    }

    @Test("--api responses streams the reply through POST /responses")
    func streamed() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(
                ["chat", "--api", "responses", "--system", "Jawab singkat.", "Halo", "kopi"] + target(server))
            #expect(result.status == 0)
            #expect(result.stdout == "Echo: Halo kopi\n")
            #expect(result.stderr == "")
            let body = try #require(server.requests.first?.json)
            #expect(server.requests.first?.route == .createResponse)
            #expect(body["stream"] == true)
            #expect(body["input"] == "Halo kopi")
            #expect(body["instructions"] == "Jawab singkat.")
        }
    }

    @Test("--json prints the final response object, streamed or not", arguments: [true, false])
    func json(streamed: Bool) async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(
                ["chat", "--api", "responses", "--json", "Halo"] + (streamed ? [] : ["--no-stream"]) + target(server))
            #expect(result.status == 0)
            let response = try JSONDecoder().decode(Response.self, from: Data(result.stdout.utf8))
            #expect(response.outputText == "Echo: Halo")
            #expect(response.status == .completed)
            #expect(server.storedResponses.first?.id == response.id)
        }
    }

    @Test("--background queues the response, waits for it with progress on stderr, and prints it")
    func background() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(
                ["chat", "--api", "responses", "--background", "--verbose", "Laporan"] + target(server))
            #expect(result.status == 0)
            #expect(result.stdout == "Echo: Laporan\n")
            #expect(result.stderr.contains("status: in_progress"))
            #expect(result.stderr.contains("status: completed"))
            #expect(server.requests.first?.json?["background"] == true)
            #expect(server.requests.filter { $0.route == .retrieveResponse }.count == 2)
        }
    }

    @Test("--background without --api responses, or an unknown --api, is a usage error")
    func usage() async throws {
        #expect(try await CLIRunner.run(["chat", "--background", "x"]).status == 2)
        #expect(try await CLIRunner.run(["chat", "--api", "fax", "x"]).status == 2)
    }

    @Test(
        "The interactive session continues the conversation with previous_response_id; /reset starts anew",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: CLITests.script.path),
            "needs util-linux script for a terminal"))
    func interactiveSession() async throws {
        try await NeosantaraTestServer.withServer { server in
            let executable = try #require(CLIRunner.executable)
            let command = ([executable.path, "chat", "--api", "responses"] + target(server))
                .map { "'\($0)'" }.joined(separator: " ")
            let result = try await CLIRunner.run(
                ["-qec", command, "/dev/null"], stdin: "Halo\nLagi\n/reset\nBaru\n/exit\n", program: CLITests.script)
            #expect(result.status == 0)
            #expect(result.stdout.contains("Echo: Lagi"))
            let bodies = server.requests.compactMap(\.json)
            #expect(bodies.map { $0["input"] } == ["Halo", "Lagi", "Baru"])
            let ids = server.storedResponses.map(\.id)
            #expect(bodies.map { $0["previous_response_id"] } == [nil, .string(ids.first ?? ""), nil])
        }
    }
}

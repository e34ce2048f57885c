import Foundation
import Neosantara
import NeosantaraTesting
import Testing

/// `neosantara files …` and `neosantara batch …`, the built binary against a stateful test server.
@Suite("The neosantara files and batch commands", .serialized)
struct FilesAndBatchCLITests {
    /// The arguments that point the tool at `server`.
    func target(_ server: NeosantaraTestServer) -> [String] {
        ["--base-url", server.baseURL.absoluteString, "--api-key", CLITests.key]
    }

    static func chatLine(_ id: String, _ text: String) -> String {
        #"{"custom_id":"\#(id)","method":"POST","url":"/v1/chat/completions","#
            + #""body":{"model":"nusantara-base","messages":[{"role":"user","content":"\#(text)"}]}}"#
    }

    /// Writes `text` to a new file in the temporary folder and returns its path.
    static func file(_ text: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("files upload checks and stores a batch input; list, get, download and delete work on it")
    func files() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let input = Self.chatLine("a", "Halo") + "\n" + Self.chatLine("b", "Apa kabar?") + "\n"
                let path = try Self.file(input, in: folder)
                let upload = try await CLIRunner.run(["files", "upload", path, "--purpose", "batch"] + target(server))
                #expect(upload.status == 0)
                #expect(upload.stdout == "file-test-1\n")
                #expect(upload.stderr.contains("2 request(s) for /v1/chat/completions"))
                let local = try await CLIRunner.run(["files", "upload", path, "--local", "--json"])
                #expect(local.status == 0)
                #expect(try JSONDecoder().decode(FileObject.self, from: Data(local.stdout.utf8)).purpose == .batch)

                let list = try await CLIRunner.run(["files", "list"] + target(server))
                #expect(list.stdout.hasPrefix("ID"))
                #expect(list.stdout.contains("file-test-1"))
                #expect(list.stdout.contains("batch"))
                let get = try await CLIRunner.run(["files", "get", "file-test-1"] + target(server))
                let described = try JSONDecoder().decode(FileObject.self, from: Data(get.stdout.utf8))
                #expect(described.bytes == Int64(input.utf8.count))

                let saved = folder.appendingPathComponent("copy.jsonl")
                let download = try await CLIRunner.run(
                    ["files", "download", "file-test-1", "-o", saved.path] + target(server))
                #expect(download.status == 0)
                #expect(try String(contentsOf: saved, encoding: .utf8) == input)
                let toStdout = try await CLIRunner.run(["files", "download", "file-test-1"] + target(server))
                #expect(toStdout.stdout == input)

                let delete = try await CLIRunner.run(["files", "delete", "file-test-1"] + target(server))
                #expect(delete.stdout == "deleted file-test-1\n")
                #expect(server.storedFiles.isEmpty)
                let gone = try await CLIRunner.run(["files", "get", "file-test-1"] + target(server))
                #expect(gone.status == 1)
                #expect(gone.stderr.contains("No such file"))
            }
        }
    }

    @Test("a bad input line, a duplicated custom_id or a missing file fails before anything is sent")
    func badInput() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let cases = [
                    (try Self.file(Self.chatLine("a", "1") + "\n{oops\n", in: folder), "line 2: not a JSON object"),
                    (
                        try Self.file(Self.chatLine("a", "1") + "\n" + Self.chatLine("a", "2"), in: folder),
                        "line 2: `custom_id` `a` is already used on line 1"
                    ),
                    (folder.appendingPathComponent("none.jsonl").path, "does not exist"),
                ]
                for (path, message) in cases {
                    let result = try await CLIRunner.run(["files", "upload", path] + target(server))
                    #expect(result.status == 1)
                    #expect(result.stderr.contains(message), "\(result.stderr)")
                }
                #expect(server.requests.isEmpty)
            }
        }
    }

    @Test("batch create --wait shows progress and prints the id; list, get and wait see it completed")
    func batchLifecycle() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let path = try Self.file(Self.chatLine("a", "1") + "\n" + Self.chatLine("b", "2") + "\n", in: folder)
                _ = try await CLIRunner.run(["files", "upload", path] + target(server))
                let create = try await CLIRunner.run(
                    [
                        "batch", "create", "--input-file", "file-test-1", "--endpoint", "/v1/chat/completions",
                        "--metadata", "job=tickets", "--wait", "--interval", "0.01",
                    ] + target(server))
                #expect(create.status == 0)
                #expect(create.stdout == "batch_test_1\n")
                #expect(create.stderr.contains("batch_test_1 in_progress: 0 completed, 0 failed, 2 total\n"))
                #expect(create.stderr.contains("batch_test_1 completed: 2 completed, 0 failed, 2 total\n"))
                #expect(server.storedBatches.first?.metadata == ["job": "tickets"])

                let list = try await CLIRunner.run(["batch", "list"] + target(server))
                #expect(list.stdout.contains("batch_test_1"))
                #expect(list.stdout.contains("completed"))
                #expect(list.stdout.contains("2/0/2"))
                let get = try await CLIRunner.run(["batch", "get", "batch_test_1"] + target(server))
                let batch = try JSONDecoder().decode(Batch.self, from: Data(get.stdout.utf8))
                #expect(batch.outputFileID != nil)
                let wait = try await CLIRunner.run(["batch", "wait", "batch_test_1", "--json"] + target(server))
                #expect(wait.status == 0)
                #expect(try JSONDecoder().decode(Batch.self, from: Data(wait.stdout.utf8)).status == .completed)
                let cancel = try await CLIRunner.run(["batch", "cancel", "batch_test_1"] + target(server))
                #expect(cancel.status == 1)
                #expect(cancel.stderr.contains("can no longer be cancelled"))
            }
        }
    }

    @Test("a batch that fails or is cancelled makes wait exit 1 and say why")
    func failedAndCancelled() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.batchProgression = .manual
        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let client = NeosantaraClient(apiKey: CLITests.key, baseURL: server.baseURL)
            let bad = try await client.files.upload(
                Data((Self.chatLine("a", "1") + "\nnope\n").utf8), filename: "bad.jsonl", purpose: .batch)
            let failing = try await client.batches.create(inputFileID: bad.id, endpoint: .chatCompletions)
            await server.finishBatch(failing.id)
            let failed = try await CLIRunner.run(["batch", "wait", failing.id] + target(server))
            #expect(failed.status == 1)
            #expect(failed.stdout == "\(failing.id) failed\n")
            #expect(failed.stderr.contains("ended failed: line 2: Line 2: not a JSON object."))

            let good = try await client.files.upload(
                Data(Self.chatLine("a", "1").utf8), filename: "good.jsonl", purpose: .batch)
            let running = try await client.batches.create(inputFileID: good.id, endpoint: .chatCompletions)
            let cancel = try await CLIRunner.run(["batch", "cancel", running.id] + target(server))
            #expect(cancel.stdout == "\(running.id) canceled\n")
            let waited = try await CLIRunner.run(["batch", "wait", running.id] + target(server))
            #expect(waited.status == 1)
            #expect(waited.stderr.contains("ended canceled"))

            let usage = try await CLIRunner.run([
                "batch", "create", "--input-file", "f", "--endpoint", "/v1/x", "--metadata", "novalue",
            ])
            #expect(usage.status == 2)
        }
    }

    @Test("batch run uploads, creates, waits and writes one result per request; run again, it resumes from its state")
    func batchRun() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                let input = try Self.file(
                    [Self.chatLine("a", "1"), Self.chatLine("b", "2"), Self.chatLine("c", "3")].joined(separator: "\n"),
                    in: folder)
                let output = folder.appendingPathComponent("results.jsonl").path
                server.enqueue(.error(status: 400, APIError(message: "bad request")), for: .chatCompletions)
                let arguments =
                    ["batch", "run", input, "-o", output, "--max-requests-per-batch", "2", "--interval", "0.01"]
                    + target(server)
                let first = try await CLIRunner.run(arguments)
                #expect(first.status == 1)
                #expect(first.stderr.contains("2 succeeded, 1 failed; results in \(output)"))
                #expect(first.stderr.contains("2/2 batches ended"))
                let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map {
                    try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8))
                }
                #expect(lines.map { $0["custom_id"] } == ["a", "b", "c"])
                // The scripted 400 answers whichever request ran first; the others echo.
                let failed = lines.filter { $0["error"] != .null }
                #expect(failed.count == 1)
                #expect(failed.first?["error"]?["status"] == 400)
                #expect(failed.first?["error"]?["message"] == "bad request")
                #expect(failed.first?["response"] == .null)
                for line in lines where line["error"] == .null {
                    let id = line["custom_id"]?.stringValue ?? ""
                    let expected: JSONValue = ["a": "Echo: 1", "b": "Echo: 2", "c": "Echo: 3"][id] ?? "?"
                    #expect(line["response"]?["choices"]?[0]?["message"]?["content"] == expected)
                }
                #expect(server.storedBatches.count == 2)
                #expect(FileManager.default.fileExists(atPath: output + ".state.json"))

                server.removeAllRequests()
                let again = try await CLIRunner.run(arguments)
                #expect(again.status == 1)
                #expect(server.requests.isEmpty)
                #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 3)

                let local = try await CLIRunner.run(
                    [
                        "batch", "run", input, "-o", folder.appendingPathComponent("local.jsonl").path, "--local",
                        "--interval", "0.01",
                    ])
                #expect(local.status == 0)
                #expect(local.stderr.contains("3 succeeded, 0 failed"))

                let duplicated = try Self.file(Self.chatLine("a", "1") + "\n" + Self.chatLine("a", "2"), in: folder)
                server.removeAllRequests()
                let bad = try await CLIRunner.run(["batch", "run", duplicated, "-o", output] + target(server))
                #expect(bad.status == 1)
                #expect(bad.stderr.contains("line 2: `custom_id` `a` is already used on line 1"))
                #expect(server.requests.isEmpty)
            }
        }
    }
}

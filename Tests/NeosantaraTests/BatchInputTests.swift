import Foundation
import Testing

@testable import Neosantara

/// Writing a batch's JSONL input from Swift values, and checking an input file in the gateway's format, each
/// bad line named by its number before anything is uploaded.
@Suite("Batch input")
struct BatchInputTests {
    static func chat(_ id: String, _ text: String, model: String = "gemini-3.8-flash") -> BatchRequest {
        BatchRequest(customID: id, body: ChatCompletionsRequest(model: model, messages: [.user(text)]))
    }

    @Test("The writer writes the gateway's documented lines, one per request, and sums them up")
    func writesDocumentedLines() async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("requests.jsonl")
            let summary = try BatchInputWriter.write(
                [Self.chat("req-1", "Hello 1"), Self.chat("req-2", "Hello 2")], to: url)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 2)
            #expect(
                try JSONDecoder().decode(JSONValue.self, from: Data(lines[0].utf8))
                    == Fixtures.json("examples/batch_input_line_req1.json"))
            #expect(
                try JSONDecoder().decode(JSONValue.self, from: Data(lines[1].utf8))
                    == Fixtures.json("examples/batch_input_line_req2.json"))
            #expect(lines[0].contains(#""url":"/v1/chat/completions""#))
            #expect(summary.endpoint == .chatCompletions)
            #expect(summary.requestCount == 2)
            #expect(summary.byteCount == Int64(try Data(contentsOf: url).count))

            let embeddings = try BatchInputWriter.write(
                [BatchRequest(customID: "e", body: EmbeddingsRequest(model: "nusa-embeddings-0001", input: "halo"))],
                to: folder.appendingPathComponent("embeddings.jsonl"))
            #expect(embeddings.endpoint == .embeddings)
        }
    }

    @Test(
        "A bad request throws with its line number, writes nothing of that line, and no file appears unfinished",
        arguments: [
            ([chat("a", "1"), chat("a", "2")], "line 2: `custom_id` `a` is already used on line 1", "custom_id"),
            ([chat("", "1")], "line 1: `custom_id` must not be empty", "custom_id"),
            (
                [chat("a", "1"), BatchRequest(customID: "b", body: EmbeddingsRequest(model: "m", input: "x"))],
                "line 2: `url` is `/v1/embeddings`, but the batch's endpoint is `/v1/chat/completions`", "url"
            ),
            ([chat("a", "1"), chat("b", "2", model: "")], "line 2: custom_id `b`: `model`", "body.model"),
        ])
    func badRequests(requests: [BatchRequest], message: String, parameter: String) async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("requests.jsonl")
            let error = try #require(await expectError { try BatchInputWriter.write(requests, to: url) })
            #expect(error.kind == .invalidRequest)
            #expect(error.message.hasPrefix(message))
            #expect(error.parameter == parameter)
            #expect(!FileManager.default.fileExists(atPath: url.path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test("The limits stop a file past its requests or bytes, pointing at sharding; an empty file is refused")
    func limits() async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("requests.jsonl")
            let requests = (1...3).map { Self.chat("r\($0)", "text \($0)") }
            let tooMany = try #require(
                await expectError {
                    try BatchInputWriter.write(requests, to: url, limits: BatchLimits(maximumRequests: 2))
                })
            #expect(tooMany.message.hasPrefix("line 3: a batch holds at most 2 requests"))
            #expect(tooMany.message.contains("client.batches.run"))
            let tooBig = try #require(
                await expectError {
                    try BatchInputWriter.write(requests, to: url, limits: BatchLimits(maximumBytes: 150))
                })
            #expect(tooBig.message.hasPrefix("line 2: the file would pass 150 bytes"))
            let empty = try #require(await expectError { try BatchInputWriter.write([], to: url) })
            #expect(empty.message.contains("would hold no request"))

            let writer = try BatchInputWriter(url: url)
            try writer.append(requests[0])
            try writer.finish()
            let again = try #require(await expectError { try writer.append(requests[1]) })
            #expect(again.message.contains("already finished"))
        }
    }

    @Test("Checking a file in the gateway's format reads it line by line and names the first bad line")
    func checksFiles() async throws {
        try await withTemporaryDirectory { folder in
            func line(_ name: String) throws -> String {
                String(decoding: try Fixtures.data("examples/\(name).json"), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let good = try line("batch_input_line_req1")
            let second = try line("batch_input_line_req2")
            func file(_ text: String) throws -> URL {
                let url = folder.appendingPathComponent("\(UUID().uuidString).jsonl")
                try Data(text.utf8).write(to: url)
                return url
            }
            let summary = try BatchInputSummary(checking: try file(good + "\n\n" + second + "\r\n"))
            #expect(summary.requestCount == 2)
            #expect(summary.endpoint == .chatCompletions)

            let cases: [(String, BatchEndpoint?, String)] = [
                (good + "\n   \n{oops\n", nil, "line 3: not a JSON object"),
                (good + "\n" + good, nil, "line 2: `custom_id` `req-1` is already used on line 1"),
                (
                    good, .embeddings,
                    "line 1: `url` is `/v1/chat/completions`, but the batch's endpoint is `/v1/embeddings`"
                ),
                (
                    #"{"custom_id":"a","method":"GET","url":"/v1/embeddings","body":{}}"#, nil,
                    "line 1: `method` must be `POST`"
                ),
                (#"{"custom_id":"a","method":"POST","url":"/v1/embeddings","body":[]}"#, nil, "line 1: `body` must be"),
                ("\n\n", nil, "holds no request"),
            ]
            for (text, endpoint, message) in cases {
                let error = try #require(
                    await expectError { try BatchInputSummary(checking: try file(text), endpoint: endpoint) })
                #expect(error.message.contains(message), "\(error.message)")
            }
            let missing = try #require(
                await expectError { try BatchInputSummary(checking: folder.appendingPathComponent("none.jsonl")) })
            #expect(missing.message.contains("does not exist"))
        }
    }
}

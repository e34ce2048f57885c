import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// `client.responses.parse(…, as:)` over loopback: the schema goes as `text.format`, the text decodes.
@Suite("Responses parse")
struct ResponsesParseTests {
    struct Pantun: Codable, Sendable, Equatable {
        var title: String
        var lines: [String]
        var rating: Int
    }

    @Test("The derived schema is sent as a strict json_schema text format, and the answer decodes")
    func parse() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let parsed = try await client.responses.parse(
                ResponsesRequest(model: "nusantara-base", input: "Pantun kopi"), as: Pantun.self)
            #expect(parsed.value == Pantun(title: "example", lines: [], rating: 0))
            let body = try JSONDecoder().decode(JSONValue.self, from: server.requests[0].body)
            #expect(body["text"]?["format"]?["type"] == "json_schema")
            #expect(body["text"]?["format"]?["strict"] == true)
            #expect(body["text"]?["format"]?["schema"]?["required"] == ["title", "lines", "rating"])
        }
    }

    @Test("A scripted refusal, a cut-short answer and text that is not the type each fail with their kind")
    func failures() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let refusal = Response(
                id: "r1", status: .completed,
                output: [.message(.init(id: "m", content: [.refusal("Tidak bisa.")]))])
            var cut = Response(
                id: "r2", status: .incomplete,
                output: [.message(.init(id: "m", content: [.text(#"{"title":"#, annotations: [])]))])
            cut.incompleteDetails = .init(reason: "max_output_tokens")
            let wrong = Response(
                id: "r3", status: .completed,
                output: [.message(.init(id: "m", content: [.text(#"{"title":1}"#, annotations: [])]))])
            server.enqueue([.json(refusal), .json(cut), .json(wrong)], for: .createResponse)
            for expected in [NeosantaraError.Kind.refused, .outputTruncated, .invalidOutput] {
                let error = await expectError {
                    try await client.responses.parse(model: "m", input: "x", as: Pantun.self)
                }
                #expect(error?.kind == expected)
                #expect(error?.modelOutput != nil)
            }
        }
    }
}

import Foundation
import Neosantara
import NeosantaraTesting
import Testing

/// Structured outputs end to end, against the test server scripted to answer as a model would.
@Suite("Structured outputs over loopback")
struct StructuredOutputTests {
    struct Weather: Codable, Sendable, Equatable {
        var city: String
        var celsius: Double
        var conditions: [String]
    }

    @Test("parse sends a strict JSON schema named after the type and decodes the answer")
    func parseStrict() async throws {
        let answer = #"{"city":"Jakarta","celsius":31.5,"conditions":["cerah","lembap"]}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(completion(content: answer), for: .chatCompletions)
            let weather = try await makeClient(server.baseURL).chat.completions.parse(
                model: "nusantara-base", messages: [.user("Cuaca Jakarta?")], as: Weather.self)
            #expect(weather == Weather(city: "Jakarta", celsius: 31.5, conditions: ["cerah", "lembap"]))
            let format = try #require(server.requests.first?.json?["response_format"])
            #expect(format["type"] == "json_schema")
            #expect(format["json_schema"]?["name"] == "Weather")
            #expect(format["json_schema"]?["strict"] == true)
            #expect(format["json_schema"]?["schema"] == (try JSONSchema.derive(from: Weather.self)))
        }
    }

    @Test("JSON-object mode puts the schema in a system message and accepts a fenced answer")
    func parseJSONObject() async throws {
        let answer = "```json\n{\"city\":\"Medan\",\"celsius\":29,\"conditions\":[]}\n```"
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(completion(content: answer), for: .chatCompletions)
            let parsed = try await makeClient(server.baseURL).chat.completions.parse(
                ChatCompletionsRequest(model: "nusantara-base", messages: [.user("Cuaca Medan?")]),
                as: Weather.self, mode: .jsonObject)
            #expect(parsed.value.city == "Medan")
            #expect(parsed.response.httpStatus == 200)
            let body = try #require(server.requests.first?.json)
            #expect(body["response_format"] == ["type": "json_object"])
            #expect(body["messages"]?[0]?["role"] == "system")
            #expect(body["messages"]?[0]?["content"]?.stringValue?.contains("\"celsius\"") == true)
            #expect(body["messages"]?[1]?["content"] == "Cuaca Medan?")
        }
    }

    @Test("A refusal, a cut-off answer and a filtered answer are typed errors that keep the raw answer")
    func parseFailures() async throws {
        let cases: [(ScriptedReply, NeosantaraError.Kind, String)] = [
            (completion(content: nil, refusal: "Maaf, tidak bisa."), .refused, "Maaf, tidak bisa."),
            (completion(content: #"{"city":"Jakar"#, finishReason: .length), .outputTruncated, #"{"city":"Jakar"#),
            (completion(content: "…", finishReason: .contentFilter), .contentFiltered, "…"),
        ]
        for (reply, kind, output) in cases {
            try await NeosantaraTestServer.withServer { server in
                server.enqueue(reply, for: .chatCompletions)
                let error = await expectError {
                    try await makeClient(server.baseURL).chat.completions.parse(
                        model: "m", messages: [.user("x")], as: Weather.self)
                }
                #expect(error?.kind == kind)
                #expect(error?.modelOutput == output)
                #expect(error?.requestID != nil)
            }
        }
    }

    @Test("An answer that does not match the type names the failing field and keeps the answer")
    func parseMismatch() async throws {
        let answer = #"{"city":"Bogor","celsius":"hangat","conditions":[]}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(completion(content: answer), for: .chatCompletions)
            let error = await expectError {
                try await makeClient(server.baseURL).chat.completions.parse(
                    model: "m", messages: [.user("x")], as: Weather.self)
            }
            #expect(error?.kind == .invalidOutput)
            #expect(error?.codingPath == "celsius")
            #expect(error?.modelOutput == answer)
            #expect(error?.description.contains("Weather") == true)
        }
    }

    @Test("A type whose JSON is not an object fails before anything is sent")
    func parseNonObject() async throws {
        try await NeosantaraTestServer.withServer { server in
            let error = await expectError {
                try await makeClient(server.baseURL).chat.completions.parse(
                    model: "m", messages: [.user("x")], as: [String].self)
            }
            #expect(error?.kind == .invalidRequest)
            #expect(server.requests.isEmpty)
        }
    }
}

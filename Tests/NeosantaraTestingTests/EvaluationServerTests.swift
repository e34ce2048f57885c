import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's evaluation routes: answers of the asked types, usage spelled per alias.
@Suite("Evaluation")
struct EvaluationServerTests {
    @Test("Answers have the asked types; /v1/systemone spells usage in snake_case; bad kinds are 400s")
    func answers() async throws {
        try await NeosantaraTestServer.withServer { server in
            let body =
                #"{"state":"urgent tech","questions":{"urgent":{"type":"boolean"},"t":{"type":"choice","options":["a","tech"]},"s":{"type":"score"}}}"#
            let plain = try await send(server, .post, "/v1/evaluate", body: body)
            #expect(plain.json?["answers"] == ["urgent": true, "t": "tech", "s": 2])
            #expect(plain.json?["usage"] == ["inputTokens": 2, "outputTokens": 3])
            let systemOne = try await send(server, .post, "/v1/systemone", body: body)
            #expect(systemOne.json?["usage"] == ["input_tokens": 2, "output_tokens": 3])
            let bad = try await send(
                server, .post, "/v1/evaluations", body: #"{"state":"x","questions":{"q":{"type":"essay"}}}"#)
            #expect(bad.head.status == .badRequest)
            #expect(bad.json?["error"]?["param"] == "questions.q.type")
            let noState = try await send(
                server, .post, "/v1/evaluate", body: #"{"questions":{"q":{"type":"boolean"}}}"#)
            #expect(noState.json?["error"]?["param"] == "state")
        }
    }
}

import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// After its own checks of the JSON's shape, the server runs the SDK's validation, so it refuses what the SDK
/// refuses to send, with the API's 400.
@Suite("Request validation shared with the SDK")
struct SDKValidationTests {
    @Test(
        "refuses what the SDK refuses, naming the parameter",
        arguments: [
            (chatBody("a", #""tools":[{"type":"function","function":{"name":""}}]"#), "tools[0].function.name"),
            (chatBody("a", #""reasoning":{"max_tokens":0}"#), "reasoning.max_tokens"),
            (chatBody("a", #""n":129"#), "n"),
        ])
    func refused(body: String, parameter: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(server, .post, "/v1/chat/completions", body: body)
            #expect(response.head.status == .badRequest)
            let error = try #require(response.json?["error"])
            #expect(error["type"] == "invalid_request_error")
            #expect(error["code"] == "invalid_parameter")
            #expect(error["param"]?.stringValue == parameter)
            #expect(error["message"]?.stringValue?.hasPrefix("`\(parameter)` ") == true)
        }
    }

    @Test("names the map for a bad logit bias, and the entry in the message")
    func logitBias() async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(
                server, .post, "/v1/chat/completions", body: chatBody("a", #""logit_bias":{"50256":-101}"#))
            #expect(response.json?["error"]?["param"] == "logit_bias")
            #expect(
                response.json?["error"]?["message"] == "`logit_bias[50256]` must be between -100 and 100, not -101.")
        }
    }
}

import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Request validation like the real API")
struct ValidationTests {
    @Test(
        "refuses a bad chat request with a 400 that names the field",
        arguments: [
            (#"{"messages":[{"role":"user","content":"a"}]}"#, "model", "missing_parameter"),
            (#"{"model":null,"messages":[{"role":"user","content":"a"}]}"#, "model", "missing_parameter"),
            (#"{"model":"  ","messages":[{"role":"user","content":"a"}]}"#, "model", "invalid_parameter"),
            (#"{"model":7,"messages":[{"role":"user","content":"a"}]}"#, "model", "invalid_parameter"),
            (#"{"model":"m"}"#, "messages", "missing_parameter"),
            (#"{"model":"m","messages":[]}"#, "messages", "invalid_messages"),
            (#"{"model":"m","messages":"hi"}"#, "messages", "invalid_parameter"),
            (#"{"model":"m","messages":[{"role":"robot","content":"a"}]}"#, "messages[0].role", "invalid_messages"),
            (#"{"model":"m","messages":[{"content":"a"}]}"#, "messages[0].role", "missing_parameter"),
            (
                #"{"model":"m","messages":[{"role":"tool","content":"a"}]}"#, "messages[0].tool_call_id",
                "missing_parameter"
            ),
            (chatBody("a", #""temperature":2.5"#), "temperature", "invalid_parameter"),
            (chatBody("a", #""temperature":"hot""#), "temperature", "invalid_parameter"),
            (chatBody("a", #""top_p":1.5"#), "top_p", "invalid_parameter"),
            (chatBody("a", #""n":0"#), "n", "invalid_parameter"),
            (chatBody("a", #""max_tokens":0"#), "max_tokens", "invalid_parameter"),
            (chatBody("a", #""max_completion_tokens":-1"#), "max_completion_tokens", "invalid_parameter"),
            (chatBody("a", #""presence_penalty":3"#), "presence_penalty", "invalid_parameter"),
            (chatBody("a", #""frequency_penalty":-2.5"#), "frequency_penalty", "invalid_parameter"),
            (chatBody("a", #""top_logprobs":21"#), "top_logprobs", "invalid_parameter"),
            (chatBody("a", #""logit_bias":{"50256":-101}"#), "logit_bias", "invalid_parameter"),
            (chatBody("a", #""min_p":2"#), "min_p", "invalid_parameter"),
            (chatBody("a", #""repetition_penalty":4"#), "repetition_penalty", "invalid_parameter"),
        ])
    func chat(body: String, parameter: String, code: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(server, .post, "/v1/chat/completions", body: body)
            #expect(response.head.status == .badRequest)
            #expect(response.head.headerFields[.contentType] == "application/json")
            let error = try #require(response.json?["error"])
            #expect(error["type"] == "invalid_request_error")
            #expect(error["param"]?.stringValue == parameter)
            #expect(error["code"]?.stringValue == code)
            #expect(error["message"]?.stringValue?.contains(parameter.components(separatedBy: "[").first!) == true)
        }
    }

    @Test("refuses a body that is not a JSON object")
    func notJSON() async throws {
        try await NeosantaraTestServer.withServer { server in
            for body in ["not json", "[1,2]", ""] {
                let response = try await send(server, .post, "/v1/chat/completions", body: body)
                #expect(response.head.status == .badRequest)
                #expect(response.json?["error"]?["code"] == "invalid_format")
            }
        }
    }

    @Test("surfaces the server's 400 through the SDK as a bad request naming the parameter")
    func throughTheClient() async throws {
        try await NeosantaraTestServer.withServer { server in
            var request = ChatCompletionsRequest(model: "nusantara-base", messages: [.user("Halo")])
            request.extraBody["temperature"] = 3.5  // past the client's own check
            let error = await expectError { try await makeClient(server).chat.completions.create(request) }
            #expect(error?.kind == .badRequest)
            #expect(error?.status == 400)
            #expect(error?.parameter == "temperature")
            #expect(error?.apiError?.message == "`temperature` must be between 0.0 and 2.0, not 3.5.")
        }
    }

    @Test(
        "refuses a bad embeddings or moderations request",
        arguments: [
            ("/v1/embeddings", #"{"input":"a"}"#, "model"),
            ("/v1/embeddings", #"{"model":"e"}"#, "input"),
            ("/v1/embeddings", #"{"model":"e","input":""}"#, "input"),
            ("/v1/embeddings", #"{"model":"e","input":[]}"#, "input"),
            ("/v1/embeddings", #"{"model":"e","input":[[1,2]]}"#, "input"),
            ("/v1/embeddings", #"{"model":"e","input":"a","encoding_format":"int8"}"#, "encoding_format"),
            ("/v1/embeddings", #"{"model":"e","input":"a","dimensions":0}"#, "dimensions"),
            ("/v1/moderations", #"{"model":"m"}"#, "input"),
            ("/v1/moderations", #"{"input":["ok",""]}"#, "input"),
        ])
    func otherOperations(path: String, body: String, parameter: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(server, .post, path, body: body)
            #expect(response.head.status == .badRequest)
            #expect(response.json?["error"]?["param"]?.stringValue == parameter)
            #expect(response.json?["error"]?["type"] == "invalid_request_error")
        }
    }
}

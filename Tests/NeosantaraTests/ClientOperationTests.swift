import Foundation
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Every operation, over a real socket to the test server.
@Suite("Operations over loopback")
struct ClientOperationTests {
    @Test("Chat completion: the request on the wire and the decoded reply")
    func chatCompletion() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(completionJSON, headers: [.requestID: "srv-42"]), for: .chatCompletions)
            let client = makeClient(server.baseURL)
            let reply = try await client.chat.completions.create(
                model: "nusantara-base", messages: [.system("Jawab singkat."), .user("Apa ibu kota Indonesia?")])
            #expect(reply.choices.first?.message.content == "Jakarta.")
            #expect(reply.usage?.totalTokens == 14)
            #expect(reply.metadata?.requestID == "gw-1")
            #expect(reply.httpStatus == 200)
            #expect(reply.requestID == "srv-42")

            let request = try #require(server.requests.first)
            #expect(request.method == .post)
            #expect(request.path == "/v1/chat/completions")
            #expect(request.header("Authorization") == "Bearer \(testAPIKey)")
            #expect(request.header("Content-Type") == "application/json")
            #expect(request.header("User-Agent")?.hasPrefix("swift-neosantara/\(NeosantaraClient.version)") == true)
            #expect(request.header("x-request-id")?.hasPrefix("req_") == true)
            #expect(
                request.json == [
                    "model": "nusantara-base",
                    "messages": [
                        ["role": "system", "content": "Jawab singkat."],
                        ["role": "user", "content": "Apa ibu kota Indonesia?"],
                    ],
                ])
        }
    }

    @Test("Without a server request id, the result carries the one the SDK sent")
    func generatedRequestID() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(completionJSON).withoutHeader(.requestID), for: .chatCompletions)
            let reply = try await makeClient(server.baseURL).chat.completions.create(
                model: "m", messages: [.user("hi")])
            #expect(reply.headers[.requestID] == nil)
            #expect(reply.requestID == server.requests.first?.header("x-request-id"))
        }
    }

    @Test("A caller's request id, default headers and per-request headers are sent")
    func headers() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(completionJSON), for: .chatCompletions)
            let client = makeClient(
                server.baseURL, headers: [HTTPField.Name("X-Guard")!: "on", .userAgent: "my-app/1.0"])
            let options = RequestOptions(
                headers: [HTTPField.Name("X-Trace")!: "abc", HTTPField.Name("X-Guard")!: "off"], requestID: "mine-1")
            let reply = try await client.chat.completions.create(model: "m", messages: [.user("hi")], options: options)
            let request = try #require(server.requests.first)
            #expect(request.header("x-request-id") == "mine-1")
            #expect(reply.requestID == "mine-1")
            #expect(request.header("X-Guard") == "off")
            #expect(request.header("X-Trace") == "abc")
            #expect(request.header("User-Agent") == "my-app/1.0")
        }
    }

    @Test("A header cannot replace the API key")
    func authorizationIsNotOverridden() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(completionJSON), for: .chatCompletions)
            let client = makeClient(server.baseURL, headers: [.authorization: "Bearer other"])
            _ = try await client.chat.completions.create(model: "m", messages: [.user("hi")])
            #expect(server.requests.first?.headers[values: .authorization] == ["Bearer \(testAPIKey)"])
        }
    }

    @Test("The base URL works with and without a trailing slash", arguments: ["", "/"])
    func trailingSlash(_ suffix: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(completionJSON), for: .chatCompletions)
            let url = URL(string: server.baseURL.absoluteString + suffix)!
            _ = try await makeClient(url).chat.completions.create(model: "m", messages: [.user("hi")])
            #expect(server.requests.first?.path == "/v1/chat/completions")
        }
    }

    @Test("Reasoning posts to /reasoning and decodes reasoning content")
    func reasoning() async throws {
        let body = """
            {"id":"r-1","object":"chat.completion","created":1,"model":"deepseek-r1","choices":[{"index":0,\
            "message":{"role":"assistant","content":"3","reasoning_content":"s-t-r-a-w…"},"finish_reason":"stop"}],\
            "usage":{"prompt_tokens":5,"completion_tokens":9,"total_tokens":14,"completion_tokens_details":{"reasoning_tokens":7}}}
            """
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(body), for: .reasoning)
            let reply = try await makeClient(server.baseURL).reasoning.create(
                model: "deepseek-r1", messages: [.user("How many r in strawberry?")])
            #expect(server.requests.first?.path == "/v1/reasoning")
            #expect(reply.choices.first?.message.reasoningContent == "s-t-r-a-w…")
            #expect(reply.usage?.completionTokensDetails?.reasoningTokens == 7)
        }
    }

    @Test(
        "Embeddings: float and base64 vectors both arrive as [Float]",
        arguments: [EmbeddingEncodingFormat.float, .base64])
    func embeddings(_ format: EmbeddingEncodingFormat) async throws {
        let vectors: [[Float]] = [[0.25, -1.5, 3.0], [1e-3, 0, -0]]
        let encoded = vectors.map { vector -> String in
            if format == .base64 {
                let bytes = vector.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) }
                return "\"\(Data(bytes).base64EncodedString())\""
            }
            return "[" + vector.map { "\($0)" }.joined(separator: ",") + "]"
        }
        let body = """
            {"object":"list","model":"nusa-embeddings-0001","usage":{"prompt_tokens":4,"total_tokens":4},"data":[\
            {"object":"embedding","index":1,"embedding":\(encoded[1])},{"object":"embedding","index":0,"embedding":\(encoded[0])}]}
            """
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(body), for: .embeddings)
            let result = try await makeClient(server.baseURL).embeddings.create(
                model: "nusa-embeddings-0001", input: ["satu", "dua"], encodingFormat: format)
            #expect(result.vectors == vectors)
            #expect(server.requests.first?.path == "/v1/embeddings")
            #expect(
                server.requests.first?.json == [
                    "model": "nusa-embeddings-0001", "input": ["satu", "dua"],
                    "encoding_format": .string(format.rawValue),
                ])
        }
    }

    @Test("Models list sends its filters as a query, and retrieve escapes the id")
    func models() async throws {
        let list =
            #"{"object":"list","data":[{"id":"nusantara-base","object":"model","created":1,"owned_by":"NeosantaraAI","capabilities":["chat","brand_new_capability"]}]}"#
        let model = #"{"id":"deepseek/r1","object":"model","created":1,"owned_by":"deepseek"}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(list), for: .listModels)
            server.enqueue(.rawJSON(model), for: .retrieveModel)
            let client = makeClient(server.baseURL)
            let models = try await client.models.list(
                provider: "google", capability: .functionCalling, includeDeprecated: true)
            #expect(models.data.first?.capabilities == [.chat, "brand_new_capability"])
            let retrieved = try await client.models.retrieve("deepseek/r1")
            #expect(retrieved.id == "deepseek/r1")
            #expect(
                server.requests.map(\.target) == [
                    "/v1/models?provider=google&capability=function_calling&include_deprecated=true",
                    "/v1/models/deepseek%2Fr1",
                ])
            #expect(server.requests.map(\.route) == [.listModels, .retrieveModel])
            #expect(server.requests.allSatisfy { $0.method == .get && $0.body.isEmpty })
        }
    }

    @Test("Moderations send the input and decode per-category verdicts")
    func moderations() async throws {
        let body =
            #"{"id":"modr-1","model":"text-moderation-latest","results":[{"flagged":true,"categories":{"hate":false,"self-harm":true},"category_scores":{"hate":0.01,"self-harm":0.88}}]}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(body), for: .moderations)
            let result = try await makeClient(server.baseURL).moderations.create(input: "text")
            #expect(result.results.first?.flaggedCategories == [.selfHarm])
            #expect(server.requests.first?.json == ["input": "text"])
        }
    }

    @Test("Key status reads GET /auth/key")
    func keyStatus() async throws {
        let body =
            #"{"object":"authorization","authorized":true,"tier":"Free","usage_info":{"daily":{"used":1500,"limit":10000,"remaining":8500,"reset_at":"2025-06-21T00:00:00Z"}}}"#
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawJSON(body), for: .keyStatus)
            let status = try await makeClient(server.baseURL).authentication.keyStatus()
            #expect(status.authorized == true)
            #expect(status.usageInfo?.daily?.remaining == 8500)
            #expect(server.requests.first?.path == "/v1/auth/key")
            #expect(server.requests.first?.method == .get)
        }
    }
}

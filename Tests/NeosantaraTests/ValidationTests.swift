import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// What the spec constrains fails before any request, with an error that names the field.
@Suite("Client-side validation")
struct ValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var parameter: String
        var request: ChatCompletionsRequest
        var testDescription: String { parameter }
    }

    static let base = ChatCompletionsRequest(model: "m", messages: [.user("hi")])

    static func with(_ change: (inout ChatCompletionsRequest) -> Void) -> ChatCompletionsRequest {
        var request = base
        change(&request)
        return request
    }

    static let invalidChatRequests: [Case] = [
        Case(parameter: "model", request: with { $0.model = " " }),
        Case(parameter: "messages", request: with { $0.messages = [] }),
        Case(
            parameter: "messages[1].tool_call_id",
            request: with { $0.messages.append(ChatMessage(role: .tool, content: "42")) }),
        Case(parameter: "temperature", request: with { $0.temperature = 2.5 }),
        Case(parameter: "temperature", request: with { $0.temperature = -0.1 }),
        Case(parameter: "temperature", request: with { $0.temperature = .nan }),
        Case(parameter: "top_p", request: with { $0.topP = 1.5 }),
        Case(parameter: "n", request: with { $0.n = 0 }),
        Case(parameter: "max_tokens", request: with { $0.maxTokens = 0 }),
        Case(parameter: "max_completion_tokens", request: with { $0.maxCompletionTokens = -1 }),
        Case(parameter: "presence_penalty", request: with { $0.presencePenalty = 3 }),
        Case(parameter: "frequency_penalty", request: with { $0.frequencyPenalty = -3 }),
        Case(parameter: "top_logprobs", request: with { $0.topLogprobs = 21 }),
        Case(parameter: "top_k", request: with { $0.topK = -1 }),
        Case(parameter: "min_p", request: with { $0.minP = 2 }),
        Case(parameter: "repetition_penalty", request: with { $0.repetitionPenalty = 4 }),
        Case(parameter: "logit_bias[50256]", request: with { $0.logitBias = ["50256": 101] }),
        Case(parameter: "tools[0].function.name", request: with { $0.tools = [.function(name: "")] }),
    ]

    @Test("An invalid chat request names its field and sends nothing", arguments: invalidChatRequests)
    func invalidChatRequest(_ testCase: Case) async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let error = try #require(await expectError { try await client.chat.completions.create(testCase.request) })
            #expect(error.kind == .invalidRequest)
            #expect(error.parameter == testCase.parameter)
            #expect(error.description.contains("`\(testCase.parameter)`"))
            let reasoningError = try #require(await expectError { try await client.reasoning.create(testCase.request) })
            #expect(reasoningError.parameter == testCase.parameter)
            #expect(server.requests.isEmpty)
        }
    }

    @Test("Values at the edges of their ranges are accepted")
    func edgesAreValid() throws {
        let request = Self.with {
            $0.temperature = 2
            $0.topP = 0
            $0.n = 1
            $0.presencePenalty = -2
            $0.frequencyPenalty = 2
            $0.topLogprobs = 20
            $0.logitBias = ["1": -100, "2": 100]
        }
        try request.validate()
    }

    @Test("Invalid embeddings, moderation and model requests name their field and send nothing")
    func otherOperations() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            #expect(
                await expectError { try await client.embeddings.create(model: "", input: "x") }?.parameter == "model")
            #expect(
                await expectError { try await client.embeddings.create(model: "e", input: []) }?.parameter == "input")
            #expect(
                await expectError { try await client.embeddings.create(model: "e", input: "") }?.parameter == "input")
            #expect(
                await expectError { try await client.embeddings.create(model: "e", input: ["a", ""]) }?.parameter
                    == "input[1]")
            #expect(
                await expectError { try await client.embeddings.create(model: "e", input: "a", dimensions: 0) }?
                    .parameter == "dimensions")
            #expect(await expectError { try await client.moderations.create(input: []) }?.parameter == "input")
            #expect(await expectError { try await client.models.retrieve("") }?.parameter == "id")
            #expect(server.requests.isEmpty)
        }
    }
}

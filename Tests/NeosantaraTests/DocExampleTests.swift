import Foundation
import Testing

@testable import Neosantara

/// The JSON examples copied verbatim from the gateway's documentation.
@Suite("Documentation examples")
struct DocExampleTests {
    /// The chat-completion request examples; each must encode back to exactly the JSON it came from.
    static let chatRequests = [
        "chat_request_basic.json", "chat_request_json_schema.json", "chat_request_reasoning_model.json",
        "chat_request_stream.json", "chat_request_tools.json", "chat_request_vision_image_url.json",
    ]

    /// The Anthropic-compatible Messages request examples; each must encode back to exactly the JSON it came from.
    static let messagesRequests = [
        "anthropic_messages_request_cache_control.json", "anthropic_messages_request_stream.json",
    ]

    /// Files that are not API data: the list of where the examples come from.
    static let outOfScope: Set<String> = ["SOURCES.json"]

    @Test("Every example file is covered by a test or listed as out of scope")
    func everyFileIsAccountedFor() throws {
        let covered = Set(Self.chatRequests).union(Self.messagesRequests).union([
            "chat_completion_chunk_content.json", "chat_stream_sample.sse", "chat_usage_basic.json",
            "embeddings_request.json", "error_400_context_length_exceeded.json", "error_429_itpm_exceeded.json",
            "tool_choice_named_function.json",
            // WebhooksTests.exampleShapes
            "webhook_background_response_completed.json", "webhook_event_standard.json",
            // BatchTests (the create request) and BatchInputTests (the input lines)
            "batch_create_request.json", "batch_input_line_req1.json", "batch_input_line_req2.json",
        ])
        #expect(Set(try Fixtures.exampleNames()) == covered.union(Self.outOfScope))
    }

    @Test("Chat request examples encode back to the same JSON", arguments: chatRequests)
    func chatRequestRoundTrips(_ name: String) throws {
        let json = try Fixtures.json("examples/" + name)
        let request = try decode(ChatCompletionsRequest.self, from: json)
        #expect(request.extraBody.isEmpty, "every field of \(name) is modelled")
        #expect(try encodedJSON(request) == json)
    }

    @Test("Messages request examples encode back to the same JSON", arguments: messagesRequests)
    func messagesRequestRoundTrips(_ name: String) throws {
        let json = try Fixtures.json("examples/" + name)
        let request = try decode(MessagesRequest.self, from: json)
        #expect(request.extraBody.isEmpty, "every field of \(name) is modelled")
        #expect(try encodedJSON(request) == json)
        try request.validate()
    }

    @Test("The cache-control example's system prompt is a text block with an ephemeral breakpoint")
    func messagesCacheControl() throws {
        let request = try decode(
            MessagesRequest.self, from: Fixtures.json("examples/anthropic_messages_request_cache_control.json"))
        guard case .blocks(let blocks) = request.system else {
            Issue.record("the system prompt is not blocks: \(String(describing: request.system))")
            return
        }
        #expect(blocks.map(\.cacheControl) == [.ephemeral])
        #expect(request.maxTokens == 1024)
        #expect(request.messages == [.user("Summarize the key compliance checkpoints.")])
    }

    @Test("The JSON-schema request decodes into a typed response format")
    func jsonSchemaRequest() throws {
        let request = try decode(
            ChatCompletionsRequest.self, from: Fixtures.json("examples/chat_request_json_schema.json"))
        guard case .jsonSchema(let format) = request.responseFormat else {
            Issue.record("expected a json_schema response format")
            return
        }
        #expect(format.name == "user")
        #expect(format.strict == true)
        #expect(format.schema?["required"] == ["name", "role"])
    }

    @Test("The tools and vision requests decode into typed tools and parts")
    func toolsAndVisionRequests() throws {
        let tools = try decode(ChatCompletionsRequest.self, from: Fixtures.json("examples/chat_request_tools.json"))
        guard case .function(let function) = tools.tools?.first else {
            Issue.record("expected a function tool")
            return
        }
        #expect(function.name == "get_stock_price")
        #expect(function.parameters?["required"] == ["ticker"])

        let vision = try decode(
            ChatCompletionsRequest.self, from: Fixtures.json("examples/chat_request_vision_image_url.json"))
        guard case .parts(let parts) = vision.messages.first?.content else {
            Issue.record("expected content parts")
            return
        }
        #expect(parts.first == .text("What is the main subject in this picture?"))
        #expect(parts.last == .image(url: "https://images.unsplash.com/photo-1551288049-bebda4e38f71"))
    }

    @Test("The embeddings request encodes back to the same JSON")
    func embeddingsRequest() throws {
        let json = try Fixtures.json("examples/embeddings_request.json")
        let request = try decode(EmbeddingsRequest.self, from: json)
        #expect(request.input == "Semantic search for financial records.")
        #expect(try encodedJSON(request) == json)
    }

    @Test("The named tool choice decodes as a function and encodes back")
    func namedToolChoice() throws {
        let json = try Fixtures.json("examples/tool_choice_named_function.json")
        let choice = try decode(ToolChoice.self, from: json)
        #expect(choice == .function("get_stock_price"))
        #expect(try encodedJSON(choice) == json)
    }

    @Test("The stream chunk and the chunk inside the SSE sample decode")
    func streamChunk() throws {
        let chunk = try decode(
            ChatCompletionChunk.self, from: Fixtures.json("examples/chat_completion_chunk_content.json"))
        #expect(chunk.object == "chat.completion.chunk")
        #expect(chunk.choices.first?.delta.content == "Hello")
        #expect(chunk.choices.first?.finishReason == nil)

        let sample = String(decoding: try Fixtures.data("examples/chat_stream_sample.sse"), as: UTF8.self)
        let payloads = sample.split(separator: "\n").filter { $0.hasPrefix("data: ") }.map { $0.dropFirst(6) }
        #expect(payloads.last == "[DONE]")
        let first = try JSONDecoder().decode(ChatCompletionChunk.self, from: Data(payloads[0].utf8))
        #expect(first == chunk)
    }

    @Test("The usage fragment decodes")
    func usageFragment() throws {
        let usage = try decode(Usage.self, from: try #require(Fixtures.json("examples/chat_usage_basic.json")["usage"]))
        #expect(usage == Usage(promptTokens: 18, completionTokens: 64, totalTokens: 82))
    }

    @Test("The error examples decode, with rate-limit details")
    func errorBodies() throws {
        let contextError = try JSONDecoder().decode(
            APIErrorBody.self, from: Fixtures.data("examples/error_400_context_length_exceeded.json"))
        #expect(contextError.error.type == .invalidRequest)
        #expect(contextError.error.code == .contextLengthExceeded)
        #expect(contextError.error.param == nil)

        let rateError = try JSONDecoder().decode(
            APIErrorBody.self, from: Fixtures.data("examples/error_429_itpm_exceeded.json"))
        #expect(rateError.error.type == .rateLimit)
        #expect(rateError.error.code == .itpmExceeded)
        #expect(rateError.error.rateLimit == RateLimitDetails(limit: 30000, remaining: 0, retryAfter: 12))
    }
}

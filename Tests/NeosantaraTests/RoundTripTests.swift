import Foundation
import Testing

@testable import Neosantara

/// Encoding a value and decoding it back gives the same value, and encoding that again the same wire JSON.
@Suite("Round trips")
struct RoundTripTests {
    static let metadata = Metadata(
        creator: "NeosantaraAI", status: true, timestamp: Date(timeIntervalSince1970: 1_750_000_000.25),
        requestID: "req_1", processingTime: 0.42, tier: "Free",
        userTotalUsage: QuotaUsage(
            used: 10, limit: 100, remaining: 90, resetAt: Date(timeIntervalSince1970: 1_750_086_400)),
        keySpecificUsage: QuotaUsage(used: 1, limit: 10, remaining: 9), isKeyDowngraded: false,
        upstashRateLimitingActive: true)

    static let completion = ChatCompletionsResponse(
        id: "chatcmpl-1", created: 1_717_950_000, model: "nusantara-base",
        choices: [
            ChatCompletionChoice(
                index: 0,
                message: ChatCompletionMessage(
                    content: nil, reasoningContent: "thinking",
                    toolCalls: [
                        ToolCall(id: "call_1", function: .init(name: "get_weather", arguments: #"{"city":"Bandung"}"#))
                    ],
                    refusal: nil),
                finishReason: .toolCalls),
            ChatCompletionChoice(
                index: 1, message: ChatCompletionMessage(content: "Jakarta."), finishReason: "provider_specific"),
        ],
        usage: Usage(
            promptTokens: 15, completionTokens: 8, totalTokens: 23,
            promptTokensDetails: .init(cachedTokens: 4), completionTokensDetails: .init(reasoningTokens: 3)),
        metadata: metadata, systemFingerprint: "fp_1")

    static let request = ChatCompletionsRequest(
        model: "nusantara-base",
        messages: [
            .system("Jawab singkat."), .developer("Use Bahasa Indonesia."),
            .user([
                .text("Apa ini?"), .image(url: "data:image/png;base64,AAAA", detail: .high),
                .other(["type": "input_audio", "input_audio": ["data": "UklGR", "format": "wav"]]),
            ]),
            .assistant(nil, toolCalls: [ToolCall(id: "call_1", function: .init(name: "lookup", arguments: "{}"))]),
            .tool("42", toolCallID: "call_1"),
        ],
        temperature: 0.5, topP: 0.9, n: 2, stop: ["END", "STOP"], maxTokens: 100, maxCompletionTokens: 120,
        stream: true,
        streamOptions: StreamOptions(includeUsage: true), presencePenalty: 0.1, frequencyPenalty: -0.1, seed: 7,
        user: "user-1", logprobs: true, topLogprobs: 3, logitBias: ["50256": -100],
        responseFormat: .jsonSchema(name: "answer", schema: ["type": "object"], strict: true),
        tools: [
            .function(name: "lookup", description: "Look up", parameters: ["type": "object"]),
            .other(["type": "web_search"]),
        ],
        toolChoice: .function("lookup"), parallelToolCalls: false, reasoningEffort: .high,
        reasoning: ReasoningOptions(enabled: true, effort: .medium, maxTokens: 500), metadata: ["team": "ai"], topK: 40,
        minP: 0.05, repetitionPenalty: 1.1, extraBody: ["web_search": true])

    static func roundTrip<Value: Codable & Equatable>(_ value: Value) throws {
        let json = try encodedJSON(value)
        let decoded = try decode(Value.self, from: json)
        #expect(decoded == value)
        #expect(try encodedJSON(decoded) == json)
    }

    @Test func chatCompletion() throws { try Self.roundTrip(Self.completion) }
    @Test func chatRequest() throws { try Self.roundTrip(Self.request) }
    @Test func metadataAlone() throws { try Self.roundTrip(Self.metadata) }

    @Test func otherModels() throws {
        try Self.roundTrip(
            EmbeddingsRequest(model: "e", input: ["a", "b"], encodingFormat: .base64, dimensions: 8, user: "u"))
        try Self.roundTrip(
            EmbeddingsResponse(
                data: [Embedding(index: 0, embedding: [0.5, -1.25])], model: "e",
                usage: Usage(promptTokens: 2, completionTokens: 0, totalTokens: 2)))
        try Self.roundTrip(
            ModelsListResponse(
                data: [
                    Model(
                        id: "m", created: 1, ownedBy: "o", permission: [[:]], root: "m", parent: nil, description: "d",
                        capabilities: [.chat, "vision"], maxTokens: 8192,
                        pricing: ModelPricing(inputTokens: 0.1, outputTokens: 0.2, currency: "USD"))
                ], metadata: Self.metadata))
        try Self.roundTrip(ModerationsRequest(input: "text", model: "text-moderation-latest"))
        try Self.roundTrip(
            ModerationsResponse(
                id: "modr-1", model: "m",
                results: [ModerationResult(flagged: true, categories: ["hate": true], categoryScores: ["hate": 0.9])]))
        try Self.roundTrip(
            APIKeyStatus(
                organization: "org", permissions: ["embeddings"], authorized: true, created: 1, expires: "null",
                id: "auth-1", tier: "Free",
                usageInfo: .init(
                    daily: QuotaUsage(
                        used: 1, limit: 2, remaining: 1, resetAt: Date(timeIntervalSince1970: 1_750_000_000)))))
        try Self.roundTrip(
            ChatCompletionChunk(
                id: "c", created: 1, model: "m",
                choices: [
                    .init(
                        index: 0,
                        delta: .init(
                            role: .assistant, content: "Hi", reasoningContent: "hm",
                            toolCalls: [
                                .init(index: 0, id: "call", type: .function, function: .init(name: "f", arguments: "{"))
                            ]), finishReason: nil)
                ], usage: nil))
        try Self.roundTrip(
            APIError(message: "slow down", type: .rateLimit, code: .rpmExceeded, param: "model", details: ["limit": 10])
        )
        try Self.roundTrip(ResponseFormat.jsonObject)
        try Self.roundTrip(ResponseFormat.text)
        try Self.roundTrip(ToolChoice.auto)
        try Self.roundTrip(ToolChoice.custom(["type": "allowed_tools", "tools": [], "mode": "auto"]))
        try Self.roundTrip(JSONValue.array([.null, true, 1, 2.5, "s", ["k": [1, 2]]]))
    }

    @Test("The gateway's _metadata is exposed as metadata, with the seed's wire keys")
    func metadataWireKey() throws {
        let json = try encodedJSON(Self.completion)
        #expect(json["_metadata"]?["creator"] == "NeosantaraAI")
        #expect(json["metadata"] == nil)
        #expect(
            Set(json.objectValue?.keys.map { $0 } ?? []) == [
                "id", "object", "created", "model", "choices", "usage", "_metadata", "system_fingerprint",
            ])
        #expect(
            Set(json["_metadata"]?.objectValue?.keys.map { $0 } ?? []) == [
                "creator", "status", "timestamp", "request_id", "processing_time", "tier", "user_total_usage",
                "key_specific_usage", "is_key_downgraded", "upstash_rate_limiting_active",
            ])
    }

    @Test(
        "Metadata dates decode with and without fractional seconds",
        arguments: [
            ("2025-06-21T00:00:00Z", 1_750_464_000.0),
            ("2025-06-21T00:00:00.500Z", 1_750_464_000.5),
            ("2025-06-21T07:00:00+07:00", 1_750_464_000.0),
        ])
    func iso8601Dates(_ text: String, _ seconds: Double) throws {
        let metadata = try decode(
            Metadata.self, from: ["timestamp": .string(text), "user_total_usage": ["reset_at": .string(text)]])
        #expect(metadata.timestamp == Date(timeIntervalSince1970: seconds))
        #expect(metadata.userTotalUsage?.resetAt == Date(timeIntervalSince1970: seconds))
    }

    @Test("Extra body fields go at the top level and replace a modelled field of the same name")
    func extraBodyOverrides() throws {
        var request = ChatCompletionsRequest(model: "m", messages: [.user("hi")], temperature: 0.5)
        request.extraBody = ["temperature": 1, "web_search_options": ["search_context_size": "low"]]
        let data = try JSONEncoder().encode(request)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.components(separatedBy: "\"temperature\"").count == 2, "the key appears once: \(text)")
        let json = try encodedJSON(request)
        #expect(json["temperature"] == 1)
        #expect(json["web_search_options"]?["search_context_size"] == "low")
    }
}

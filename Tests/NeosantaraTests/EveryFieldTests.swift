import Foundation
import Testing

@testable import Neosantara

/// A value of each wire type with every field set goes through every encoder and decoder of the type, and
/// they all agree: a field added to the type but forgotten in one of them fails here, by name.
///
/// The values set every stored property, which Mirror checks, so a property added to a type fails these
/// tests until it is set here too. Where a decoder falls back to a default (an index of 0, the assistant
/// role, zero tokens), the value is another one, so that a decoder that skips the key cannot pass.
@Suite("Every field on every path")
struct EveryFieldTests {
    static let message = ChatMessage(
        role: .assistant, content: .text("Jakarta.\n\"Kutip\" a/b é 😀"), name: "bot",
        toolCalls: [ToolCall(id: "call_1", function: .init(name: "cuaca", arguments: #"{"kota":"Bandung"}"#))],
        toolCallID: "call_0", reasoningContent: "hmm", refusal: "no")

    static let request = ChatCompletionsRequest(
        model: "nusantara-base", messages: [message], temperature: 0.5, topP: 0.9, n: 2, stop: ["END", "STOP"],
        maxTokens: 100, maxCompletionTokens: 120, stream: true, streamOptions: StreamOptions(includeUsage: true),
        presencePenalty: 0.25, frequencyPenalty: -0.5, seed: 7, user: "user-1", logprobs: true, topLogprobs: 3,
        logitBias: ["50256": -100],
        responseFormat: .jsonSchema(name: "answer", schema: ["type": "object"], description: "An answer", strict: true),
        tools: [.function(name: "cuaca", description: "The weather", parameters: ["type": "object"], strict: true)],
        toolChoice: .function("cuaca"), parallelToolCalls: false, reasoningEffort: .high,
        reasoning: ReasoningOptions(enabled: true, effort: .medium, maxTokens: 500), metadata: ["team": "ai"],
        topK: 40, minP: 0.05, repetitionPenalty: 1.1)

    @Test("A chat request encodes to the same JSON through encode(to:) and the byte writer, and decodes back")
    func chatRequest() throws {
        let request = Self.request
        let fast = try JSONDecoder().decode(JSONValue.self, from: #require(request.encodeCommonShape()))
        try expectEveryPathAgrees(
            request, fast: fast, knownKeys: ChatCompletionsRequest.knownKeys, keyless: ["extraBody"])
        let decoded = try JSONDecoder().decode(ChatCompletionsRequest.self, from: JSONEncoder().encode(request))
        #expect(decoded.extraBody.isEmpty, "keys init(from:) does not know: \(decoded.extraBody.keys.sorted())")
    }

    /// Messages with each kind of content, every other field set.
    static let messages: [ChatMessage] = [
        message,
        ChatMessage(
            role: .user,
            content: .parts([
                .text("Lihat"), .image(url: "https://example.com/a.png", detail: .high),
                .other(["type": "input_audio", "input_audio": ["data": "UklGR", "format": "wav"]]),
            ]),
            name: message.name, toolCalls: message.toolCalls, toolCallID: message.toolCallID,
            reasoningContent: message.reasoningContent, refusal: message.refusal),
        ChatMessage(
            role: .tool, content: nil, name: message.name, toolCalls: message.toolCalls,
            toolCallID: message.toolCallID, reasoningContent: message.reasoningContent, refusal: message.refusal),
    ]

    @Test("A message encodes to the same JSON through encode(to:) and the byte writer", arguments: messages.indices)
    func chatMessage(_ index: Int) throws {
        let message = Self.messages[index]
        let fast = try #require(ChatCompletionsRequest(model: "m", messages: [message]).encodeCommonShape())
        try expectEveryPathAgrees(
            message, fast: JSONDecoder().decode(JSONValue.self, from: fast)["messages"]?[0],
            unset: message.content == nil ? ["content"] : [])
    }

    @Test("An embeddings request encodes every field and decodes back")
    func embeddingsRequest() throws {
        let request = EmbeddingsRequest(
            model: "nusa-embeddings-0001", input: ["satu", "dua"], encodingFormat: .base64, dimensions: 8, user: "u")
        try expectEveryPathAgrees(request, knownKeys: EmbeddingsRequest.knownKeys, keyless: ["extraBody"])
        let decoded = try JSONDecoder().decode(EmbeddingsRequest.self, from: JSONEncoder().encode(request))
        #expect(decoded.extraBody.isEmpty, "keys init(from:) does not know: \(decoded.extraBody.keys.sorted())")
    }

    @Test("A moderations request encodes every field and decodes back")
    func moderationsRequest() throws {
        try expectEveryPathAgrees(ModerationsRequest(input: "teks", model: "text-moderation-latest"))
    }

    // MARK: Responses

    static let metadata = Metadata(
        creator: "NeosantaraAI", status: true, timestamp: Date(timeIntervalSince1970: 1_750_000_000.25),
        requestID: "req_1", processingTime: 0.42, tier: "Free",
        userTotalUsage: QuotaUsage(
            used: 10, limit: 100, remaining: 90, resetAt: Date(timeIntervalSince1970: 1_750_086_400)),
        keySpecificUsage: QuotaUsage(
            used: 1, limit: 10, remaining: 9, resetAt: Date(timeIntervalSince1970: 1_750_086_400.5)),
        isKeyDowngraded: false, upstashRateLimitingActive: true)

    static let usage = Usage(
        promptTokens: 15, completionTokens: 8, totalTokens: 23,
        promptTokensDetails: .init(cachedTokens: 4, audioTokens: 1),
        completionTokensDetails: .init(reasoningTokens: 3, audioTokens: 2))

    static let logprobs: JSONValue = ["content": [["token": "a", "logprob": -0.5, "bytes": [97]]]]

    static let response = ChatCompletionsResponse(
        id: "chatcmpl-1", object: "chat.completion", created: 1_717_950_000, model: "nusantara-base",
        choices: [
            ChatCompletionChoice(
                index: 1,
                message: ChatCompletionMessage(
                    role: "model", content: "Jakarta.", reasoningContent: "thinking",
                    toolCalls: [ToolCall(id: "call_1", function: .init(name: "cuaca", arguments: "{}"))],
                    refusal: "no", name: "bot"),
                finishReason: .toolCalls, logprobs: logprobs)
        ],
        usage: usage, metadata: metadata, systemFingerprint: "fp_1", serviceTier: "default")

    static let chunk = ChatCompletionChunk(
        id: "chatcmpl-1", object: "chat.completion.chunk", created: 1_717_950_000, model: "nusantara-base",
        choices: [
            .init(
                index: 1,
                delta: .init(
                    role: .assistant, content: "Ja", reasoningContent: "hm",
                    toolCalls: [
                        .init(index: 2, id: "call_1", type: .function, function: .init(name: "cuaca", arguments: "{"))
                    ],
                    refusal: "no"),
                finishReason: .stop, logprobs: logprobs)
        ],
        usage: usage, metadata: metadata, systemFingerprint: "fp_1", serviceTier: "default")

    @Test("A chat completion decodes to itself through JSONDecoder and the byte reader")
    func chatCompletion() throws {
        try expectEveryDecoderAgrees(Self.response) { ChatCompletionsResponse.decodeCommonShape($0) }
    }

    @Test("A stream chunk decodes to itself through JSONDecoder and the byte reader")
    func chatCompletionChunk() throws {
        try expectEveryDecoderAgrees(Self.chunk) { ChatCompletionChunk.decodeCommonShape($0) }
    }

    @Test("Usage decodes to itself through JSONDecoder and the byte reader")
    func usage() throws {
        try expectEveryDecoderAgrees(Self.usage) { json in
            var reader = JSONByteReader(json)
            return try? Usage.decodeCommonShape(&reader)
        }
    }
}

// MARK: Checks

/// Records an issue for each field `value` leaves unset, outside `unset`: a field the test does not set is
/// a field no path is checked with.
private func expectEveryFieldSet(
    _ value: Any,
    unset: Set<String> = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    for path in EveryField.unset(in: value, exempting: unset) {
        Issue.record(
            "`\(path)` is not set: set it in the test, so that every path is checked with it",
            sourceLocation: sourceLocation)
    }
}

/// Checks that `value`, every field set but `unset`, encodes with `encode(to:)` to one key per stored
/// property but the `keyless` ones (to `knownKeys`, when given) and to the same members as `fast`, the JSON
/// another encoder wrote; and that `init(from:)` decodes both back to `value`. Each issue names the key or
/// the property.
private func expectEveryPathAgrees<Value: Codable & Equatable>(
    _ value: Value,
    fast: JSONValue? = nil,
    knownKeys: Set<String>? = nil,
    unset: Set<String> = [],
    keyless: Set<String> = [],
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    expectEveryFieldSet(value, unset: unset.union(keyless), sourceLocation: sourceLocation)
    let json = try encodedJSON(value)
    let members = try #require(json.objectValue, sourceLocation: sourceLocation)
    let properties = EveryField.properties(of: value).filter { !keyless.contains($0) }
    #expect(
        members.count == properties.count,
        """
        encode(to:) writes \(members.count) keys, \(members.keys.sorted()), for \(properties.count) stored \
        properties, \(properties)
        """,
        sourceLocation: sourceLocation)
    for key in (knownKeys ?? []).subtracting(members.keys).sorted() {
        Issue.record("encode(to:) does not write the known key `\(key)`", sourceLocation: sourceLocation)
    }
    for key in Set(members.keys).subtracting(knownKeys ?? Set(members.keys)).sorted() {
        Issue.record("`\(key)` is not a known key: init(from:) puts it in extraBody", sourceLocation: sourceLocation)
    }
    for path in EveryField.differences(try decode(Value.self, from: json), value) {
        Issue.record("`\(path)` changes through encode(to:) and init(from:)", sourceLocation: sourceLocation)
    }
    guard let fast else { return }
    let fastMembers = try #require(fast.objectValue, sourceLocation: sourceLocation)
    for key in Set(members.keys).union(fastMembers.keys).sorted() where members[key] != fastMembers[key] {
        let written = fastMembers[key].map { "\($0)" } ?? "nothing"
        let encoded = members[key].map { "\($0)" } ?? "nothing"
        Issue.record(
            "`\(key)`: the byte writer writes \(written), encode(to:) \(encoded)", sourceLocation: sourceLocation)
    }
    for path in EveryField.differences(try decode(Value.self, from: fast), value) {
        Issue.record("`\(path)` changes through the byte writer and init(from:)", sourceLocation: sourceLocation)
    }
}

/// Checks that `value`, every field set, decodes from what `JSONEncoder` writes to itself through
/// `JSONDecoder` and through `fast`, which must take it. Each issue names the property.
private func expectEveryDecoderAgrees<Value: Codable & Equatable>(
    _ value: Value,
    sourceLocation: SourceLocation = #_sourceLocation,
    fast: (UnsafeRawBufferPointer) -> Value?
) throws {
    expectEveryFieldSet(value, sourceLocation: sourceLocation)
    let data = try JSONEncoder().encode(value)
    for path in EveryField.differences(try JSONDecoder().decode(Value.self, from: data), value) {
        Issue.record("`\(path)` changes through JSONEncoder and JSONDecoder", sourceLocation: sourceLocation)
    }
    let fastValue = data.withUnsafeBytes { fast($0) }
    let decoded = try #require(fastValue, "takes the fast path", sourceLocation: sourceLocation)
    for path in EveryField.differences(decoded, value) {
        Issue.record("`\(path)` changes through JSONEncoder and the byte reader", sourceLocation: sourceLocation)
    }
}

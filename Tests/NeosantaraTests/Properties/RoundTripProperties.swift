import Foundation
import Neosantara
import PropertyBased
import Testing

extension PropertyTests {
    /// Law: for every public wire model, decoding what a value encodes to gives the value back, and encoding
    /// that again gives the same JSON.
    @Suite("Properties: every public model survives an encode/decode round trip")
    struct RoundTripProperties {
        /// Checks the law for one value.
        static func roundTrip<Value: Codable & Equatable>(_ value: Value) throws {
            let data = try JSONEncoder().encode(value)
            let decoded = try JSONDecoder().decode(Value.self, from: data)
            #expect(decoded == value, "wire JSON: \(String(decoding: data, as: UTF8.self))")
            let again = try JSONEncoder().encode(decoded)
            #expect(
                try JSONDecoder().decode(JSONValue.self, from: again)
                    == JSONDecoder().decode(JSONValue.self, from: data))
        }

        /// Checks the law for `count` values `make` draws.
        static func check<Value: Codable & Equatable & Sendable>(
            count: Int = 100, _ make: @escaping @Sendable (inout Draw) -> Value,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async {
            await checkProperty(
                count: count, input: drawing(make), perform: { try roundTrip($0) }, sourceLocation: sourceLocation)
        }

        /// Checks that any raw value of an open enum, known or not, survives.
        static func checkOpenEnum<Value: OpenStringEnum>(
            _ type: Value.Type, sourceLocation: SourceLocation = #_sourceLocation
        ) async {
            let raws = drawing { $0.bool() ? $0.text() : $0.identifier() }
            await checkProperty(
                count: 10, input: raws,
                perform: { raw in
                    let value = Value(rawValue: raw)
                    try roundTrip(value)
                    #expect(
                        try JSONEncoder().encode(value) == JSONEncoder().encode(raw),
                        "\(type) encodes as its raw string")
                }, sourceLocation: sourceLocation)
        }

        @Test("Any JSON value (200 values)")
        func jsonValue() async {
            await Self.check(count: 200) { $0.json(depth: 4) }
        }

        @Test("Every open enum, with unknown raw values (10 values each)")
        func openEnums() async {
            await Self.checkOpenEnum(APIError.ErrorType.self)
            await Self.checkOpenEnum(APIError.Code.self)
            await Self.checkOpenEnum(BatchCompletionWindow.self)
            await Self.checkOpenEnum(BatchEndpoint.self)
            await Self.checkOpenEnum(BatchStatus.self)
            await Self.checkOpenEnum(CacheControl.Kind.self)
            await Self.checkOpenEnum(EmbeddingEncodingFormat.self)
            await Self.checkOpenEnum(EvaluationQuestionKind.self)
            await Self.checkOpenEnum(FilePurpose.self)
            await Self.checkOpenEnum(FileStatus.self)
            await Self.checkOpenEnum(FinishReason.self)
            await Self.checkOpenEnum(ImageDetail.self)
            await Self.checkOpenEnum(ImageResponseFormat.self)
            await Self.checkOpenEnum(ListOrder.self)
            await Self.checkOpenEnum(MediaSource.Kind.self)
            await Self.checkOpenEnum(MessageSpeed.self)
            await Self.checkOpenEnum(MessageToolChoice.Mode.self)
            await Self.checkOpenEnum(ModelCapability.self)
            await Self.checkOpenEnum(ModerationCategory.self)
            await Self.checkOpenEnum(OCRImageType.self)
            await Self.checkOpenEnum(OutpaintingMode.self)
            await Self.checkOpenEnum(ReasoningEffort.self)
            await Self.checkOpenEnum(ReasoningSummaryMode.self)
            await Self.checkOpenEnum(ResponseInclude.self)
            await Self.checkOpenEnum(ResponseStatus.self)
            await Self.checkOpenEnum(ResponseTruncation.self)
            await Self.checkOpenEnum(Role.self)
            await Self.checkOpenEnum(StopReason.self)
            await Self.checkOpenEnum(ThinkingConfiguration.Mode.self)
            await Self.checkOpenEnum(ToolType.self)
            await Self.checkOpenEnum(TranscriptionResponseFormat.self)
            await Self.checkOpenEnum(VideoStatus.self)
        }

        @Test("Chat completion requests (100 values)")
        func chatRequest() async {
            await Self.check(count: 100) { $0.chatRequest() }
        }

        @Test("Chat completions (100 values)")
        func chatCompletion() async {
            await Self.check(count: 100) { $0.chatCompletion() }
        }

        @Test("Chat completion stream chunks (100 values)")
        func chatChunk() async {
            await Self.check(count: 100) { $0.chatChunk() }
        }

        @Test("Chat parts on their own: messages, tools, tool choices, response formats, usage, metadata (50 each)")
        func chatParts() async {
            await Self.check(count: 50) { $0.chatMessage() }
            await Self.check(count: 50) {
                $0.bool() ? Tool.function($0.functionDefinition()) : Tool.other($0.unknownTypedObject())
            }
            await Self.check(count: 50) { $0.toolChoice() }
            await Self.check(count: 50) { $0.responseFormat() }
            await Self.check(count: 50) { $0.usage() }
            await Self.check(count: 50) { $0.metadata() }
        }

        @Test("Embeddings, models, moderations and files (40 each)")
        func resources() async {
            await Self.check(count: 40) { $0.embeddingsRequest() }
            await Self.check(count: 40) { $0.embeddingsResponse() }
            await Self.check(count: 40) { $0.modelsList() }
            await Self.check(count: 40) { $0.moderationsRequest() }
            await Self.check(count: 40) { $0.moderationsResponse() }
            await Self.check(count: 40) { $0.fileObject() }
            await Self.check(count: 40) { $0.fileDeletion() }
        }

        @Test("Batches, images, audio, videos, OCR, evaluations, key status and API errors (40 each)")
        func jobsAndMedia() async {
            await Self.check(count: 40) { $0.batchCreateRequest() }
            await Self.check(count: 40) { $0.batch() }
            await Self.check(count: 40) { $0.imageRequest() }
            await Self.check(count: 40) { $0.imagesResponse() }
            await Self.check(count: 40) { $0.transcription() }
            await Self.check(count: 40) { $0.videoRequest() }
            await Self.check(count: 40) { $0.video() }
            await Self.check(count: 40) { $0.ocrRequest() }
            await Self.check(count: 40) { $0.ocrResponse() }
            await Self.check(count: 40) { $0.evaluationRequest() }
            await Self.check(count: 40) { $0.evaluationResponse() }
            await Self.check(count: 40) {
                AuditSummary(
                    object: $0.text(), model: $0.identifier(), summary: $0.text(), usage: $0.maybe { $0.presentJSON() })
            }
            await Self.check(count: 40) { SummarizeAuditRequest(audit: $0.json(), model: $0.maybe { $0.identifier() }) }
            await Self.check(count: 40) { $0.apiKeyStatus() }
            await Self.check(count: 40) { $0.apiError() }
        }

        @Test("Responses requests, responses, items and stream events (60 each)")
        func responses() async {
            await Self.check(count: 60) { $0.responsesRequest() }
            await Self.check(count: 60) { $0.response() }
            await Self.check(count: 60) { $0.responseInputItem() }
            await Self.check(count: 60) { $0.responseOutputItem() }
            await Self.check(count: 60) { $0.responseTool() }
            await Self.check(count: 60) { $0.responseStreamEvent() }
            await Self.check(count: 60) { $0.responseItem() }
            await Self.check(count: 60) { ResponseDeletion(id: $0.identifier(), object: $0.text(), deleted: $0.bool()) }
        }

        @Test("Messages requests, messages, content blocks and stream events (60 each)")
        func messages() async {
            await Self.check(count: 60) { $0.messagesRequest() }
            await Self.check(count: 60) { $0.message() }
            await Self.check(count: 60) { $0.contentBlock(depth: 2) }
            await Self.check(count: 60) { $0.messageStreamEvent() }
            await Self.check(count: 60) { MessageTokenCount(inputTokens: $0.count()) }
            await Self.check(count: 60) {
                AnthropicModel(
                    id: $0.identifier(), displayName: $0.maybe { $0.text() }, createdAt: $0.maybe { $0.text() },
                    contextWindow: $0.maybe { $0.count() }, maxOutputTokens: $0.maybe { $0.count() }, type: $0.text())
            }
        }

        @Test("Retry policies, as the TypeScript SDK's RetryConfig JSON (100 values)")
        func retryPolicy() async {
            await Self.check(count: 100) { draw -> RetryPolicy in
                guard draw.bool(0.9) else { return .disabled }
                let milliseconds = { (draw: inout Draw) in Duration.milliseconds(draw.int(in: 0...10_000_000)) }
                return RetryPolicy(
                    maxAttempts: draw.bool() ? .max : draw.int(in: 2...100),
                    backoff: .init(
                        initialDelay: milliseconds(&draw), multiplier: draw.element([0.5, 1, 1.5, 2, 3.25]),
                        maximumDelay: milliseconds(&draw), jitter: draw.element([0, 0.25, 0.5, 1])),
                    maxElapsedTime: draw.maybe(milliseconds), retryConnectionErrors: draw.bool(),
                    maximumRetryAfter: milliseconds(&draw))
            }
        }
    }
}

import Foundation
import Neosantara

/// Random chat completion requests, responses and stream chunks, and the shared types they hold.
extension Draw {
    /// A JSON value for an optional field: never a top-level `null`, which decodes as the field's absence.
    mutating func presentJSON(depth: Int = 2) -> JSONValue {
        let value = json(depth: depth)
        return value == .null ? .string(text()) : value
    }

    /// A JSON object of a kind the SDK does not model: its `type` is none the SDK knows.
    mutating func unknownTypedObject() -> JSONValue {
        var members = jsonObject()
        members["type"] = .string("custom_" + identifier())
        return .object(members)
    }

    /// Extra body fields: names no modelled field has, so that they come back as extra body fields.
    mutating func extraBody() -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for _ in 0..<int(in: 0...2) {
            members["x_" + identifier()] = json(depth: 2)
        }
        return members
    }

    /// Token counts, with or without their breakdowns.
    mutating func usage() -> Usage {
        Usage(
            promptTokens: count(), completionTokens: count(), totalTokens: count(),
            promptTokensDetails: maybe {
                .init(cachedTokens: $0.maybe { $0.count() }, audioTokens: $0.maybe { $0.count() })
            },
            completionTokensDetails: maybe {
                .init(reasoningTokens: $0.maybe { $0.count() }, audioTokens: $0.maybe { $0.count() })
            })
    }

    /// Quota numbers with an optional reset time.
    mutating func quotaUsage() -> QuotaUsage {
        QuotaUsage(
            used: maybe { $0.count() }, limit: maybe { $0.count() }, remaining: maybe { $0.count() },
            resetAt: maybe { $0.date() })
    }

    /// The gateway's `_metadata`.
    mutating func metadata() -> Metadata {
        Metadata(
            creator: maybe { $0.text() }, status: maybe { $0.bool() }, timestamp: maybe { $0.date() },
            requestID: maybe { $0.identifier() }, processingTime: maybe { $0.double() }, tier: maybe { $0.text() },
            userTotalUsage: maybe { $0.quotaUsage() }, keySpecificUsage: maybe { $0.quotaUsage() },
            isKeyDowngraded: maybe { $0.bool() }, upstashRateLimitingActive: maybe { $0.bool() })
    }

    /// A role: a known one or any other.
    mutating func role() -> Role {
        open([.system, .developer, .user, .assistant, .tool, .function], make: Role.init(rawValue:))
    }

    /// A finish reason: a known one or any other.
    mutating func finishReason() -> FinishReason {
        open([.stop, .length, .toolCalls, .functionCall, .contentFilter], make: FinishReason.init(rawValue:))
    }

    /// A reasoning effort: a known one or any other.
    mutating func reasoningEffort() -> ReasoningEffort {
        open([.none, .minimal, .low, .medium, .high, .xhigh, .max], make: ReasoningEffort.init(rawValue:))
    }

    /// A tool type: a known one or any other.
    mutating func toolType() -> ToolType {
        open([.function, .webSearch, .mcp], make: ToolType.init(rawValue:))
    }

    /// A tool call with text arguments.
    mutating func toolCall() -> ToolCall {
        ToolCall(id: identifier(), type: toolType(), function: .init(name: identifier(), arguments: text()))
    }

    /// A content part: text, an image or a part the SDK does not model.
    mutating func contentPart() -> ContentPart {
        oneOf {
            .text($0.text())
        } _: {
            .image(
                url: $0.text(), detail: $0.maybe { $0.open([.auto, .low, .high], make: ImageDetail.init(rawValue:)) })
        } _: {
            .other($0.unknownTypedObject())
        }
    }

    /// A message of a chat request, of any role, with any of its fields set.
    mutating func chatMessage() -> ChatMessage {
        ChatMessage(
            role: role(),
            content: maybe { $0.bool() ? .text($0.text()) : .parts($0.array { $0.contentPart() }) },
            name: maybe { $0.text() }, toolCalls: maybe { $0.array { $0.toolCall() } },
            toolCallID: maybe { $0.identifier() }, reasoningContent: maybe { $0.text() }, refusal: maybe { $0.text() })
    }

    /// A function tool's definition.
    mutating func functionDefinition() -> FunctionDefinition {
        FunctionDefinition(
            name: identifier(), description: maybe { $0.text() }, parameters: maybe { .object($0.jsonObject()) },
            strict: maybe { $0.bool() })
    }

    /// A response format: text, JSON, a JSON schema or one the SDK does not model.
    mutating func responseFormat() -> ResponseFormat {
        oneOf { _ in
            .text
        } _: { _ in
            .jsonObject
        } _: {
            .jsonSchema(
                ResponseFormat.JSONSchemaFormat(
                    name: $0.identifier(), description: $0.maybe { $0.text() },
                    schema: $0.maybe { .object($0.jsonObject()) }, strict: $0.maybe { $0.bool() }))
        } _: {
            .other($0.unknownTypedObject())
        }
    }

    /// A tool choice: a mode, a function or a shape the SDK does not model.
    mutating func toolChoice() -> ToolChoice {
        oneOf {
            .mode($0.bool(0.7) ? $0.element(["none", "auto", "required"]) : $0.identifier())
        } _: {
            .function($0.identifier())
        } _: {
            .custom($0.unknownTypedObject())
        }
    }

    /// A chat completion request with any of its fields set.
    mutating func chatRequest() -> ChatCompletionsRequest {
        var request = ChatCompletionsRequest(model: identifier(), messages: array(upTo: 4) { $0.chatMessage() })
        request.temperature = maybe { $0.double() }
        request.topP = maybe { $0.double() }
        request.n = maybe { $0.integer() }
        request.stop = maybe { $0.bool() ? .single($0.text()) : .multiple($0.array { $0.text() }) }
        request.maxTokens = maybe { $0.integer() }
        request.maxCompletionTokens = maybe { $0.integer() }
        request.stream = maybe { $0.bool() }
        request.streamOptions = maybe { StreamOptions(includeUsage: $0.maybe { $0.bool() }) }
        request.presencePenalty = maybe { $0.double() }
        request.frequencyPenalty = maybe { $0.double() }
        request.seed = maybe { $0.integer() }
        request.user = maybe { $0.text() }
        request.logprobs = maybe { $0.bool() }
        request.topLogprobs = maybe { $0.integer() }
        request.logitBias = maybe { $0.dictionary { $0.integer() } }
        request.responseFormat = maybe { $0.responseFormat() }
        request.tools = maybe {
            $0.array { $0.bool() ? .function($0.functionDefinition()) : .other($0.unknownTypedObject()) }
        }
        request.toolChoice = maybe { $0.toolChoice() }
        request.parallelToolCalls = maybe { $0.bool() }
        request.reasoningEffort = maybe { $0.reasoningEffort() }
        request.reasoning = maybe {
            ReasoningOptions(
                enabled: $0.maybe { $0.bool() }, effort: $0.maybe { $0.reasoningEffort() },
                maxTokens: $0.maybe { $0.integer() })
        }
        request.metadata = maybe { $0.dictionary { $0.text() } }
        request.topK = maybe { $0.integer() }
        request.minP = maybe { $0.double() }
        request.repetitionPenalty = maybe { $0.double() }
        request.extraBody = extraBody()
        return request
    }

    /// A chat completion with any of its fields set.
    mutating func chatCompletion() -> ChatCompletionsResponse {
        ChatCompletionsResponse(
            id: maybe { $0.identifier() }, object: maybe { $0.text() }, created: maybe { $0.integer() },
            model: maybe { $0.identifier() },
            choices: array {
                ChatCompletionChoice(
                    index: $0.integer(),
                    message: ChatCompletionMessage(
                        role: $0.role(), content: $0.maybe { $0.text() }, reasoningContent: $0.maybe { $0.text() },
                        toolCalls: $0.maybe { $0.array { $0.toolCall() } }, refusal: $0.maybe { $0.text() },
                        name: $0.maybe { $0.text() }),
                    finishReason: $0.maybe { $0.finishReason() }, logprobs: $0.maybe { $0.presentJSON() })
            },
            usage: maybe { $0.usage() }, metadata: maybe { $0.metadata() }, systemFingerprint: maybe { $0.text() },
            serviceTier: maybe { $0.text() })
    }

    /// A chat completion stream chunk with any of its fields set.
    mutating func chatChunk() -> ChatCompletionChunk {
        ChatCompletionChunk(
            id: maybe { $0.identifier() }, object: maybe { $0.text() }, created: maybe { $0.integer() },
            model: maybe { $0.identifier() },
            choices: array {
                .init(
                    index: $0.integer(),
                    delta: .init(
                        role: $0.maybe { $0.role() }, content: $0.maybe { $0.text() },
                        reasoningContent: $0.maybe { $0.text() },
                        toolCalls: $0.maybe {
                            $0.array {
                                .init(
                                    index: $0.maybe { $0.integer() }, id: $0.maybe { $0.identifier() },
                                    type: $0.maybe { $0.toolType() },
                                    function: $0.maybe {
                                        .init(name: $0.maybe { $0.identifier() }, arguments: $0.maybe { $0.text() })
                                    })
                            }
                        }, refusal: $0.maybe { $0.text() }),
                    finishReason: $0.maybe { $0.finishReason() }, logprobs: $0.maybe { $0.presentJSON() })
            },
            usage: maybe { $0.usage() }, metadata: maybe { $0.metadata() }, systemFingerprint: maybe { $0.text() },
            serviceTier: maybe { $0.text() })
    }
}

import Foundation
import Neosantara

/// Random Anthropic Messages requests, messages, content blocks and stream events.
extension Draw {
    /// A cache breakpoint.
    mutating func cacheControl() -> CacheControl {
        CacheControl(type: open([.ephemeral], make: CacheControl.Kind.init(rawValue:)), ttl: maybe { $0.text() })
    }

    /// Where an image or document comes from.
    mutating func mediaSource() -> MediaSource {
        MediaSource(
            type: open([.base64, .url, .text, .file], make: MediaSource.Kind.init(rawValue:)),
            mediaType: maybe { $0.text() }, data: maybe { $0.text() }, url: maybe { $0.text() },
            fileID: maybe { $0.identifier() })
    }

    /// A text block.
    mutating func textBlock() -> TextBlock {
        TextBlock(
            text(), citations: maybe { $0.array { $0.json(depth: 1) } }, cacheControl: maybe { $0.cacheControl() })
    }

    /// A content block of any kind, at most `depth` tool results deep.
    mutating func contentBlock(depth: Int = 1) -> ContentBlock {
        oneOf {
            .text($0.textBlock())
        } _: {
            .image(ImageBlock(source: $0.mediaSource(), cacheControl: $0.maybe { $0.cacheControl() }))
        } _: {
            .document(
                DocumentBlock(
                    source: $0.mediaSource(), title: $0.maybe { $0.text() }, context: $0.maybe { $0.text() },
                    citations: $0.maybe { $0.presentJSON() }, cacheControl: $0.maybe { $0.cacheControl() }))
        } _: {
            .toolUse(
                ToolUseBlock(
                    id: $0.identifier(), name: $0.identifier(), input: $0.presentJSON(),
                    cacheControl: $0.maybe { $0.cacheControl() }))
        } _: {
            .toolResult(
                ToolResultBlock(
                    toolUseID: $0.identifier(),
                    content: depth > 0 ? $0.maybe { $0.blockContent(depth: depth - 1) } : nil,
                    isError: $0.maybe { $0.bool() }, cacheControl: $0.maybe { $0.cacheControl() }))
        } _: {
            .thinking(ThinkingBlock(thinking: $0.text(), signature: $0.text()))
        } _: {
            .redactedThinking(RedactedThinkingBlock(data: $0.text()))
        } _: {
            .other($0.unknownTypedObject())
        }
    }

    /// Text or blocks.
    mutating func blockContent(depth: Int = 1) -> BlockContent {
        bool() ? .text(text()) : .blocks(array { $0.contentBlock(depth: depth) })
    }

    /// A Messages tool: a custom one or a server tool.
    mutating func messageTool() -> MessageTool {
        bool()
            ? .custom(
                CustomTool(
                    name: identifier(), description: maybe { $0.text() }, inputSchema: .object(jsonObject()),
                    cacheControl: maybe { $0.cacheControl() }))
            : .server(unknownTypedObject())
    }

    /// A Messages request with any of its fields set.
    mutating func messagesRequest() -> MessagesRequest {
        var request = MessagesRequest(
            model: identifier(), maxTokens: integer(),
            messages: array(upTo: 4) { MessageParam(role: $0.role(), content: $0.blockContent()) })
        request.system = maybe { $0.bool() ? .text($0.text()) : .blocks($0.array { $0.textBlock() }) }
        request.temperature = maybe { $0.double() }
        request.topP = maybe { $0.double() }
        request.topK = maybe { $0.integer() }
        request.stopSequences = maybe { $0.array { $0.text() } }
        request.stream = maybe { $0.bool() }
        request.metadata = maybe { $0.jsonObject() }
        request.tools = maybe { $0.array { $0.messageTool() } }
        request.toolChoice = maybe {
            MessageToolChoice(
                type: $0.open([.auto, .any, .tool, .none], make: MessageToolChoice.Mode.init(rawValue:)),
                name: $0.maybe { $0.identifier() }, disableParallelToolUse: $0.maybe { $0.bool() })
        }
        request.thinking = maybe {
            ThinkingConfiguration(
                type: $0.open([.enabled, .disabled, .adaptive], make: ThinkingConfiguration.Mode.init(rawValue:)),
                budgetTokens: $0.maybe { $0.integer() })
        }
        request.mcpServers = maybe {
            $0.array {
                MCPServer(
                    url: $0.text(), name: $0.identifier(), authorizationToken: $0.maybe { $0.identifier() },
                    allowedTools: $0.maybe { $0.array { $0.identifier() } }, type: $0.text())
            }
        }
        request.effort = maybe { $0.reasoningEffort() }
        request.speed = maybe { $0.open([.fast, .standard], make: MessageSpeed.init(rawValue:)) }
        request.contextManagement = maybe { $0.presentJSON() }
        request.outputConfig = maybe { $0.presentJSON() }
        request.extraBody = extraBody()
        return request
    }

    /// A stop reason: a known one or any other.
    mutating func stopReason() -> StopReason {
        open([.endTurn, .maxTokens, .stopSequence, .toolUse, .pauseTurn, .refusal], make: StopReason.init(rawValue:))
    }

    /// Messages token counts with members the SDK does not model.
    mutating func messageUsage() -> MessageUsage {
        MessageUsage(
            inputTokens: count(), outputTokens: count(), cacheCreationInputTokens: maybe { $0.count() },
            cacheReadInputTokens: maybe { $0.count() }, totalTokens: maybe { $0.count() }, other: extraBody())
    }

    /// A message with any of its fields set.
    mutating func message() -> Message {
        var message = Message(
            id: maybe { $0.identifier() }, content: array(upTo: 4) { $0.contentBlock() },
            model: maybe { $0.identifier() },
            stopReason: maybe { $0.stopReason() }, usage: messageUsage(), stopSequence: maybe { $0.text() },
            role: maybe { $0.role() }, type: text())
        message.container = maybe { $0.presentJSON() }
        message.contextManagement = maybe { $0.presentJSON() }
        return message
    }

    /// A Messages stream event of any kind.
    mutating func messageStreamEvent() -> MessageStreamEvent {
        oneOf {
            .messageStart($0.message())
        } _: {
            .contentBlockStart(index: $0.integer(), block: $0.contentBlock())
        } _: {
            let delta: ContentBlockDelta = $0.oneOf {
                .text($0.text())
            } _: {
                .inputJSON($0.text())
            } _: {
                .thinking($0.text())
            } _: {
                .signature($0.text())
            } _: {
                .citation($0.json())
            } _: {
                .other($0.unknownTypedObject())
            }
            return .contentBlockDelta(index: $0.integer(), delta: delta)
        } _: {
            .contentBlockStop(index: $0.integer())
        } _: {
            .messageDelta(
                MessageDelta(
                    stopReason: $0.maybe { $0.stopReason() }, stopSequence: $0.maybe { $0.text() },
                    usage: .init(
                        outputTokens: $0.maybe { $0.count() }, inputTokens: $0.maybe { $0.count() },
                        cacheCreationInputTokens: $0.maybe { $0.count() },
                        cacheReadInputTokens: $0.maybe { $0.count() },
                        other: $0.extraBody())))
        } _: { _ in
            .messageStop
        } _: { _ in
            .ping
        } _: {
            let object = $0.unknownTypedObject()
            return .other(type: object["type"]?.stringValue ?? "", object)
        }
    }
}

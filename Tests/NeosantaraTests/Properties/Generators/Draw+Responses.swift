import Foundation
import Neosantara

/// Random Responses API requests, responses, items and stream events.
extension Draw {
    /// A response status: a known one or any other.
    mutating func responseStatus() -> ResponseStatus {
        open([.completed, .inProgress, .failed, .incomplete, .queued], make: ResponseStatus.init(rawValue:))
    }

    /// Tool options: members whose names no modelled member has.
    mutating func options() -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for _ in 0..<int(in: 0...2) {
            members["x_" + identifier()] = json(depth: 1)
        }
        return members
    }

    /// A function call item.
    mutating func responseFunctionCall() -> ResponseFunctionCall {
        ResponseFunctionCall(
            id: maybe { $0.identifier() }, callID: identifier(), name: identifier(), arguments: text(),
            status: maybe { $0.responseStatus() })
    }

    /// A reasoning item.
    mutating func responseReasoningItem() -> ResponseReasoningItem {
        ResponseReasoningItem(
            id: identifier(), summary: array { .init(text: $0.text()) },
            content: maybe { $0.array { $0.json(depth: 1) } },
            encryptedContent: maybe { $0.text() }, status: maybe { $0.responseStatus() })
    }

    /// A part of an input message.
    mutating func responseInputContent() -> ResponseInputContent {
        let detail: (inout Draw) -> ImageDetail? = {
            $0.maybe { $0.open([.auto, .low, .high], make: ImageDetail.init(rawValue:)) }
        }
        return oneOf {
            .text($0.text())
        } _: {
            .outputText($0.text())
        } _: {
            .refusal($0.text())
        } _: {
            .image(.init(imageURL: $0.maybe { $0.text() }, fileID: $0.maybe { $0.identifier() }, detail: detail(&$0)))
        } _: {
            .file(
                .init(
                    fileID: $0.maybe { $0.identifier() }, fileURL: $0.maybe { $0.text() },
                    fileData: $0.maybe { $0.text() }, filename: $0.maybe { $0.text() }))
        } _: {
            .other($0.unknownTypedObject())
        }
    }

    /// An input item of any kind.
    mutating func responseInputItem() -> ResponseInputItem {
        oneOf {
            .message(ResponseInputMessage(role: $0.role(), content: $0.array { $0.responseInputContent() }))
        } _: {
            .functionCall($0.responseFunctionCall())
        } _: {
            .functionCallOutput(callID: $0.identifier(), output: $0.text())
        } _: {
            .itemReference(id: $0.identifier())
        } _: {
            .reasoning($0.responseReasoningItem())
        } _: {
            .other($0.unknownTypedObject())
        }
    }

    /// A stored input item: its id is the item's own, for the kinds that carry one.
    mutating func responseItem() -> ResponseItem {
        let id = identifier()
        var item = responseInputItem()
        switch item {
        case .functionCall(var call):
            call.id = id
            item = .functionCall(call)
        case .reasoning(var reasoning):
            reasoning.id = id
            item = .reasoning(reasoning)
        case .itemReference:
            item = .itemReference(id: id)
        case .other(var json):
            json = .object((json.objectValue ?? [:]).merging(["id": .string(id)]) { _, new in new })
            item = .other(json)
        case .message, .functionCallOutput:
            break
        }
        return ResponseItem(id: id, item: item)
    }

    /// A tool of any kind.
    mutating func responseTool() -> ResponseTool {
        oneOf {
            .function($0.functionDefinition())
        } _: {
            .webSearch(options: $0.options())
        } _: {
            .fileSearch(vectorStoreIDs: $0.array { $0.identifier() }, options: $0.options())
        } _: {
            .mcp(serverLabel: $0.identifier(), serverURL: $0.maybe { $0.text() }, options: $0.options())
        } _: {
            .codeInterpreter(container: $0.json(depth: 1), options: $0.options())
        } _: {
            .imageGeneration(options: $0.options())
        } _: {
            .other($0.unknownTypedObject())
        }
    }

    /// A tool choice of any kind; a custom one has more members than the modelled shapes.
    mutating func responseToolChoice() -> ResponseToolChoice {
        oneOf {
            .mode($0.bool(0.7) ? $0.element(["none", "auto", "required"]) : $0.identifier())
        } _: {
            .function($0.identifier())
        } _: {
            .tool($0.identifier())
        } _: {
            var members = $0.jsonObject()
            members["type"] = .string("custom_" + $0.identifier())
            members["x_first"] = $0.json(depth: 1)
            members["x_second"] = $0.json(depth: 1)
            return .custom(.object(members))
        }
    }

    /// Text output options.
    mutating func responseTextOptions() -> ResponseTextOptions {
        ResponseTextOptions(
            format: maybe {
                $0.oneOf { _ in
                    .text
                } _: { _ in
                    .jsonObject
                } _: {
                    .jsonSchema(
                        name: $0.identifier(), schema: .object($0.jsonObject()), description: $0.maybe { $0.text() },
                        strict: $0.maybe { $0.bool() })
                } _: {
                    .other($0.unknownTypedObject())
                }
            }, verbosity: maybe { $0.text() })
    }

    /// A Responses request with any of its fields set.
    mutating func responsesRequest() -> ResponsesRequest {
        var request = ResponsesRequest(model: identifier())
        request.input = maybe { $0.bool() ? .text($0.text()) : .items($0.array(upTo: 4) { $0.responseInputItem() }) }
        request.instructions = maybe { $0.text() }
        request.tools = maybe { $0.array { $0.responseTool() } }
        request.toolChoice = maybe { $0.responseToolChoice() }
        request.parallelToolCalls = maybe { $0.bool() }
        request.maxToolCalls = maybe { $0.integer() }
        request.text = maybe { $0.responseTextOptions() }
        request.reasoning = maybe {
            ResponseReasoningOptions(
                effort: $0.maybe { $0.reasoningEffort() },
                summary: $0.maybe { $0.open([.auto, .concise, .detailed], make: ReasoningSummaryMode.init(rawValue:)) })
        }
        request.maxOutputTokens = maybe { $0.integer() }
        request.temperature = maybe { $0.double() }
        request.topP = maybe { $0.double() }
        request.store = maybe { $0.bool() }
        request.background = maybe { $0.bool() }
        request.stream = maybe { $0.bool() }
        request.metadata = maybe { $0.dictionary { $0.text() } }
        request.previousResponseID = maybe { $0.identifier() }
        request.include = maybe { $0.array { ResponseInclude(rawValue: $0.identifier()) } }
        request.truncation = maybe { $0.open([.auto, .disabled], make: ResponseTruncation.init(rawValue:)) }
        request.user = maybe { $0.text() }
        request.extraBody = extraBody()
        return request
    }

    /// A part of an output message.
    mutating func responseOutputContent() -> ResponseOutputContent {
        oneOf {
            .text(
                $0.text(),
                annotations: $0.array {
                    $0.oneOf {
                        .urlCitation(
                            url: $0.text(), title: $0.maybe { $0.text() }, startIndex: $0.maybe { $0.integer() },
                            endIndex: $0.maybe { $0.integer() })
                    } _: {
                        .fileCitation(
                            fileID: $0.identifier(), filename: $0.maybe { $0.text() }, index: $0.maybe { $0.integer() })
                    } _: {
                        .other($0.unknownTypedObject())
                    }
                })
        } _: {
            .refusal($0.text())
        } _: {
            .other($0.unknownTypedObject())
        }
    }

    /// An output item of any kind.
    mutating func responseOutputItem() -> ResponseOutputItem {
        let status: (inout Draw) -> ResponseStatus? = { $0.maybe { $0.responseStatus() } }
        return oneOf {
            .message(
                ResponseOutputMessage(
                    id: $0.identifier(), role: $0.role(), status: status(&$0),
                    content: $0.array { $0.responseOutputContent() }))
        } _: {
            .reasoning($0.responseReasoningItem())
        } _: {
            .functionCall($0.responseFunctionCall())
        } _: {
            .webSearchCall(.init(id: $0.identifier(), status: status(&$0), action: $0.maybe { $0.presentJSON() }))
        } _: {
            .fileSearchCall(
                .init(
                    id: $0.identifier(), status: status(&$0), queries: $0.maybe { $0.array { $0.text() } },
                    results: $0.maybe { $0.array { $0.json(depth: 1) } }))
        } _: {
            .mcpCall(
                .init(
                    id: $0.identifier(), serverLabel: $0.identifier(), name: $0.identifier(), arguments: $0.text(),
                    output: $0.maybe { $0.text() }, error: $0.maybe { $0.presentJSON() }, status: status(&$0)))
        } _: {
            .mcpListTools(
                .init(
                    id: $0.identifier(), serverLabel: $0.identifier(), tools: $0.array { $0.json(depth: 1) },
                    error: $0.maybe { $0.presentJSON() }))
        } _: {
            .mcpApprovalRequest(
                .init(id: $0.identifier(), serverLabel: $0.identifier(), name: $0.identifier(), arguments: $0.text()))
        } _: {
            .imageGenerationCall(.init(id: $0.identifier(), status: status(&$0), result: $0.maybe { $0.text() }))
        } _: {
            .codeInterpreterCall(
                .init(
                    id: $0.identifier(), status: status(&$0), code: $0.maybe { $0.text() },
                    containerID: $0.maybe { $0.identifier() },
                    outputs: $0.maybe { $0.array { $0.json(depth: 1) } }))
        } _: {
            .other($0.unknownTypedObject())
        }
    }

    /// Responses token counts; the wire always carries the cached and reasoning breakdowns.
    mutating func responseUsage() -> ResponseUsage {
        ResponseUsage(
            inputTokens: count(), outputTokens: count(), totalTokens: maybe { $0.count() }, cachedTokens: count(),
            reasoningTokens: count())
    }

    /// A response with any of its fields set.
    mutating func response() -> Response {
        var response = Response(
            id: identifier(), createdAt: maybe { $0.integer() }, status: maybe { $0.responseStatus() },
            model: maybe { $0.identifier() }, output: array(upTo: 4) { $0.responseOutputItem() },
            error: maybe { ResponseError(code: $0.maybe { $0.identifier() }, message: $0.text()) },
            incompleteDetails: maybe { .init(reason: $0.maybe { $0.text() }) }, usage: maybe { $0.responseUsage() })
        response.object = text()
        response.instructions = maybe { $0.text() }
        response.previousResponseID = maybe { $0.identifier() }
        response.background = maybe { $0.bool() }
        response.store = maybe { $0.bool() }
        response.metadata = maybe { $0.dictionary { $0.text() } }
        response.maxOutputTokens = maybe { $0.integer() }
        response.temperature = maybe { $0.double() }
        response.tools = maybe { $0.array { $0.responseTool() } }
        response.text = maybe { $0.responseTextOptions() }
        return response
    }

    /// A Responses stream event of any kind.
    mutating func responseStreamEvent() -> ResponseStreamEvent {
        let location: (inout Draw) -> ResponseStreamEvent.Location = {
            .init(itemID: $0.identifier(), outputIndex: $0.integer(), index: $0.maybe { $0.integer() })
        }
        let kind: ResponseStreamEvent.Kind = oneOf {
            let make: [(Response) -> ResponseStreamEvent.Kind] = [
                ResponseStreamEvent.Kind.created, ResponseStreamEvent.Kind.queued, ResponseStreamEvent.Kind.inProgress,
                ResponseStreamEvent.Kind.completed, ResponseStreamEvent.Kind.failed,
                ResponseStreamEvent.Kind.incomplete,
            ]
            return $0.element(make)($0.response())
        } _: {
            let item = $0.responseOutputItem()
            return $0.bool()
                ? .outputItemAdded(item, outputIndex: $0.integer()) : .outputItemDone(item, outputIndex: $0.integer())
        } _: {
            let part = $0.responseOutputContent()
            return $0.bool() ? .contentPartAdded(part, at: location(&$0)) : .contentPartDone(part, at: location(&$0))
        } _: {
            let text = $0.text()
            typealias Kind = ResponseStreamEvent.Kind
            let makers: [(String, ResponseStreamEvent.Location) -> Kind] = [
                Kind.outputTextDelta(_:at:), Kind.outputTextDone(_:at:), Kind.refusalDelta(_:at:),
                Kind.refusalDone(_:at:),
                Kind.functionCallArgumentsDelta(_:at:), Kind.functionCallArgumentsDone(_:at:),
                Kind.reasoningSummaryTextDelta(_:at:), Kind.reasoningSummaryTextDone(_:at:),
            ]
            return $0.element(makers)(text, location(&$0))
        } _: {
            .other($0.unknownTypedObject())
        }
        if case .other = kind {
            return ResponseStreamEvent(kind)
        }
        return ResponseStreamEvent(sequenceNumber: maybe { $0.integer() }, kind)
    }
}

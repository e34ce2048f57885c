import Foundation
import HTTPTypes
import Neosantara

/// The default answer to `POST /v1/responses`, and the stored responses of the `/v1/responses/{id}` routes.
///
/// The reply is a message of `"Echo: "` and the text of the last user message or function call output. A
/// request with function tools whose `tool_choice` is not `"none"` and whose input holds no function call
/// output gets a `function_call` of the named or first function instead, with arguments built from its
/// schema. `reasoning.effort` (other than `none`) adds a reasoning item, with the summary
/// `"Reasoning about: "` and the same text when `reasoning.summary` is set. A `json_schema` text format makes
/// the text an instance of the schema. A token is a word; `max_output_tokens` cuts the answer to that many
/// words, with status `incomplete`. The input tokens count the whole conversation: with
/// `previous_response_id`, the earlier turns too.
struct ResponseBehavior {
    static let echoPrefix = "Echo: "
    static let reasoningPrefix = "Reasoning about: "

    let store: ResponseStore
    let schedule: NeosantaraTestServer.BackgroundSchedule
    /// Where finished background responses are announced, if anywhere.
    let webhook: WebhookDelivery?
    let context: ReplyContext

    // MARK: Create

    /// `POST /v1/responses`.
    func create(_ request: ResponsesRequest) -> Reply {
        var conversationWords = 0
        if let previous = request.previousResponseID {
            guard let entry = store.entry(previous) else {
                return Self.notFound(previous, param: "previous_response_id")
            }
            conversationWords = entry.conversationWords
        }
        let items = request.input?.items ?? []
        let inputWords = items.reduce(WordPieces.count(request.instructions ?? "")) {
            $0 + WordPieces.count(Self.text(of: $1))
        }
        let response = answer(request, inputTokens: conversationWords + inputWords)
        let background = request.background == true
        if request.store != false {
            store.add(
                ResponseStore.Entry(
                    final: response, inputItems: storedItems(items),
                    conversationWords: conversationWords + inputWords + (response.usage?.outputTokens ?? 0),
                    pendingFetches: background ? (schedule.fetchesWhileQueued, schedule.fetchesWhileInProgress) : nil,
                    status: background ? .queued : response.status ?? .completed))
        }
        if request.stream == true {
            return streamReply(ResponseEventSequence(response).events)
        }
        return context.json(background ? store.entry(response.id)?.current ?? response : response)
    }

    /// The response to `request`, finished.
    private func answer(_ request: ResponsesRequest, inputTokens: Int) -> Response {
        let id = "resp_test_\(context.sequence)"
        let items = request.input?.items ?? []
        let text = Self.lastText(of: items)
        var output: [ResponseOutputItem] = []
        var outputTokens = 0
        var reasoningTokens: Int?
        var status = ResponseStatus.completed
        var incomplete: Response.IncompleteDetails?
        if let effort = request.reasoning?.effort, effort != .none {
            let summary = Self.reasoningPrefix + text
            let summaryParts =
                request.reasoning?.summary == nil ? [] : [ResponseReasoningItem.SummaryText(text: summary)]
            output.append(.reasoning(ResponseReasoningItem(id: "rs_test_\(context.sequence)", summary: summaryParts)))
            reasoningTokens = WordPieces.count(summary)
            outputTokens += reasoningTokens ?? 0
        }
        if let function = calledFunction(request, items: items) {
            let arguments = SchemaInstanceGenerator(root: function.parameters ?? ["type": "object"]).instance()
            let argumentsText = arguments.objectValue == nil ? "{}" : WireJSON.text(arguments)
            output.append(
                .functionCall(
                    ResponseFunctionCall(
                        id: "fc_test_\(context.sequence)", callID: "call_test_\(context.sequence)", name: function.name,
                        arguments: argumentsText, status: .completed)))
            outputTokens += WordPieces.count(function.name + " " + argumentsText)
        } else {
            var words = WordPieces.split(messageText(request, echoing: text))
            if let limit = request.maxOutputTokens, outputTokens + words.count > limit {
                words = Array(words.prefix(max(0, limit - outputTokens)))
                status = .incomplete
                incomplete = .init(reason: "max_output_tokens")
            }
            outputTokens += words.count
            output.append(
                .message(
                    ResponseOutputMessage(
                        id: "msg_test_\(context.sequence)", status: status,
                        content: [.text(words.joined(), annotations: [])])))
        }
        var response = Response(
            id: id, createdAt: context.created, status: status, model: request.model, output: output,
            incompleteDetails: incomplete,
            usage: ResponseUsage(inputTokens: inputTokens, outputTokens: outputTokens, reasoningTokens: reasoningTokens)
        )
        response.instructions = request.instructions
        response.previousResponseID = request.previousResponseID
        response.background = request.background ?? false
        response.store = request.store ?? true
        response.metadata = request.metadata ?? [:]
        response.maxOutputTokens = request.maxOutputTokens
        response.temperature = request.temperature
        response.tools = request.tools ?? []
        response.text = request.text ?? ResponseTextOptions(format: .text)
        return response
    }

    /// The message's text: the echo, or an instance of the `json_schema` format's schema.
    private func messageText(_ request: ResponsesRequest, echoing text: String) -> String {
        if case .jsonSchema(let format)? = request.text?.format {
            return WireJSON.text(SchemaInstanceGenerator(root: format.schema ?? ["type": "object"]).instance())
        }
        return Self.echoPrefix + text
    }

    /// The function the model calls, if it calls one.
    private func calledFunction(_ request: ResponsesRequest, items: [ResponseInputItem]) -> FunctionDefinition? {
        let functions = (request.tools ?? []).compactMap { tool -> FunctionDefinition? in
            if case .function(let function) = tool { return function }
            return nil
        }
        let answered = items.contains { if case .functionCallOutput = $0 { true } else { false } }
        guard !functions.isEmpty, !answered, request.toolChoice != .noTools else { return nil }
        if case .function(let name)? = request.toolChoice {
            return functions.first { $0.name == name } ?? functions.first
        }
        return functions.first
    }

    /// The input items with the ids the server gives them.
    private func storedItems(_ items: [ResponseInputItem]) -> [ResponseItem] {
        items.enumerated().map { index, item in
            ResponseItem(id: "item_test_\(context.sequence)_\(index)", item: item)
        }
    }

    /// The text of the last user message or function call output.
    static func lastText(of items: [ResponseInputItem]) -> String {
        for item in items.reversed() {
            switch item {
            case .message(let message) where message.role == .user: return message.text
            case .functionCallOutput(_, let output): return output
            default: continue
            }
        }
        return ""
    }

    /// The text an input item holds, for counting its tokens.
    private static func text(of item: ResponseInputItem) -> String {
        switch item {
        case .message(let message): message.text
        case .functionCallOutput(_, let output): output
        case .functionCall(let call): call.name + " " + call.arguments
        default: ""
        }
    }

    // MARK: Stored responses

    /// `GET /v1/responses/{id}`, or its events with `stream=true`, after `starting_after` when given.
    func retrieve(_ id: String, query: [String: String]) -> Reply {
        guard let (response, finished) = store.fetch(id) else { return Self.notFound(id) }
        if finished {
            announce(response)
        }
        guard query["stream"] == "true" else { return context.json(response) }
        let final = store.update(id) { $0.status = $0.final.status ?? .completed }?.final ?? response
        let after = query["starting_after"].flatMap(Int.init) ?? -1
        return streamReply(ResponseEventSequence(final).events.filter { ($0.sequenceNumber ?? 0) > after })
    }

    /// `POST /v1/responses/{id}/cancel`: a background response that has not finished becomes `cancelled`.
    func cancel(_ id: String) -> Reply {
        guard let entry = store.entry(id) else { return Self.notFound(id) }
        guard entry.final.background == true else {
            return APIErrorReply.invalidParameter(
                "response_id", "Only background responses can be cancelled.", code: "invalid_request")
        }
        let cancelled = store.update(id) { entry in
            guard !entry.status.isTerminal else { return }
            entry.final = entry.current
            entry.final.status = .cancelled
            entry.status = .cancelled
            entry.pendingFetches = nil
        }
        if !entry.status.isTerminal, let cancelled {
            announce(cancelled.current)
        }
        return context.json(cancelled?.current ?? entry.current)
    }

    /// Delivers the `response.<status>` webhook event for a background response that just finished.
    private func announce(_ response: Response) {
        webhook?.deliver(
            "response." + (response.status?.rawValue ?? "completed"), objectID: response.id,
            sequence: context.sequence, now: context.now)
    }

    /// `DELETE /v1/responses/{id}`.
    func delete(_ id: String) -> Reply {
        guard store.remove(id) else { return Self.notFound(id) }
        return context.json(ResponseDeletion(id: id, object: "response", deleted: true))
    }

    /// `GET /v1/responses/{id}/input_items`: newest first unless `order=asc`, `limit` (1–100, default 20) at a
    /// time after the `after` id.
    func inputItems(_ id: String, query: [String: String]) -> Reply {
        guard var items = store.entry(id)?.inputItems else { return Self.notFound(id) }
        if query["order"] != "asc" {
            items.reverse()
        }
        let limit = query["limit"].flatMap(Int.init) ?? 20
        guard (1...100).contains(limit) else {
            return APIErrorReply.invalidParameter("limit", "`limit` must be between 1 and 100.")
        }
        var start = 0
        if let after = query["after"] {
            guard let index = items.firstIndex(where: { $0.id == after }) else {
                return APIErrorReply.invalidParameter("after", "No input item `\(after)` in response `\(id)`.")
            }
            start = index + 1
        }
        let page = Array(items[start...].prefix(limit))
        return context.json(
            ListReply(
                data: page, hasMore: start + page.count < items.count, firstID: page.first?.id, lastID: page.last?.id))
    }

    // MARK: Replies

    private func streamReply(_ events: [ResponseStreamEvent]) -> Reply {
        do {
            return Reply.eventStream(
                try events.map { event in
                    Array("event: \(event.type)\ndata: ".utf8) + (try WireJSON.encode(event)) + Array("\n\n".utf8)
                }, headers: context.headers)
        } catch {
            return APIErrorReply.reply(.internalServerError, APIError(message: "An event did not encode: \(error)"))
        }
    }

    /// A 404 for a response the server does not hold.
    static func notFound(_ id: String, param: String = "response_id") -> Reply {
        APIErrorReply.reply(
            .notFound,
            APIError(
                message: "Response with id '\(id)' not found.", type: .invalidRequest, code: "response_not_found",
                param: param))
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import Neosantara

/// Answers every request of a ``NeosantaraTestServer``: records it, checks the key, and plays the next
/// scripted reply or the default behaviour.
struct TestServerResponder: HTTPResponder {
    let server: NeosantaraTestServer

    func respond(to request: Request, context: TestServerRequestContext) async throws -> Response {
        let path = request.uri.path
        let log = RequestLog(
            logger: server.configuration.logger, method: request.method.rawValue, path: path, start: .now)
        let writer = ReplyWriter(channel: context.channel, log: log, disconnects: server.disconnects)
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: server.configuration.maximumRequestBodySize)
        } catch {
            let limit = server.configuration.maximumRequestBodySize
            return try await writer.response(
                for: APIErrorReply.reply(
                    .contentTooLarge, APIError(message: "The request body is larger than \(limit) bytes.")))
        }
        let match = NeosantaraTestServer.Route.match(request.method, path: path)
        let recorded = RecordedRequest(
            method: request.method, path: path, target: request.uri.string, query: Self.query(of: request.uri.string),
            headers: request.headers, body: Data(body.readableBytesView), route: match?.route)
        let sequence = server.record(recorded)
        let replyContext = ReplyContext(
            requestID: request.headers[ReplyContext.requestIDField] ?? "req_test_\(sequence)", sequence: sequence,
            now: Date())
        var reply = await answer(recorded, match: match, context: replyContext)
        if path.hasPrefix("/anthropic/") {
            reply = AnthropicErrorReply.converting(reply)
        }
        return try await writer.response(
            for: reply.addingDefaultHeader(ReplyContext.requestIDField, replyContext.requestID))
    }

    /// The reply to `request`: an error for an unknown path, a wrong method or a wrong key; else the next
    /// scripted reply for the route, or the default behaviour.
    private func answer(
        _ request: RecordedRequest,
        match: NeosantaraTestServer.Route.Match?,
        context: ReplyContext
    ) async -> Reply {
        let route: NeosantaraTestServer.Route
        let parameter: String?
        switch match {
        case nil:
            return APIErrorReply.unknownPath(request.method, request.path)
        case .wrongMethod(let allowed):
            return APIErrorReply.methodNotAllowed(request.method, request.path, allowed: allowed.map(\.method))
        case .route(let matched, let matchedParameter):
            (route, parameter) = (matched, matchedParameter)
        }
        if let expected = server.configuration.expectedAPIKey {
            let anthropicKey = route.isAnthropic ? request.headers[Self.apiKeyField] : nil
            guard let token = request.bearerToken ?? anthropicKey, !token.isEmpty else {
                return APIErrorReply.unauthorized(missing: true)
            }
            guard APIKey(token) == expected else { return APIErrorReply.unauthorized(missing: false) }
        }
        return await reply(to: request, route, parameter: parameter, context: context)
    }

    /// The reply to a request already matched to `route` and let in: the next scripted reply for the route, or
    /// the default behaviour. A batch's requests are answered here too, as if each had been sent on its own.
    func reply(
        to request: RecordedRequest,
        _ route: NeosantaraTestServer.Route,
        parameter: String?,
        context: ReplyContext
    ) async -> Reply {
        let standard = { defaultReply(to: request, route, parameter: parameter, context: context) }
        if let scripted = server.dequeueReply(for: route) {
            return await scripted.resolve(for: request, standard: standard)
        }
        if route == .retrieveBatch, server.configuration.batchProgression.advancesOnRetrieve, let parameter {
            await server.advanceBatch(parameter)
        }
        return standard()
    }

    /// The default behaviour of `route`.
    private func defaultReply(
        to request: RecordedRequest,
        _ route: NeosantaraTestServer.Route,
        parameter: String?,
        context: ReplyContext
    ) -> Reply {
        let configuration = server.configuration
        let files = FileBehavior(
            store: server.files, context: context, limit: configuration.maximumStoredFileBytes)
        let batches = BatchBehavior(store: server.batches, files: server.files, context: context)
        let responses = ResponseBehavior(
            store: server.responses, schedule: configuration.backgroundSchedule,
            webhook: configuration.webhook.map(WebhookDelivery.init), context: context)
        do {
            switch route {
            case .chatCompletions, .reasoning:
                return ChatCompletionBehavior(
                    request: try RequestValidation.chatRequest(request.body),
                    forcesReasoning: route == .reasoning, context: context
                ).reply()
            case .embeddings:
                return EmbeddingBehavior(
                    request: try RequestValidation.embeddingsRequest(request.body),
                    defaultDimensions: configuration.embeddingDimensions, context: context
                ).reply()
            case .moderations:
                return ModerationBehavior(
                    request: try RequestValidation.moderationsRequest(request.body), context: context
                )
                .reply()
            case .listModels:
                return ModelCatalogueBehavior(models: configuration.models, context: context).list(query: request.query)
            case .retrieveModel:
                return ModelCatalogueBehavior(models: configuration.models, context: context)
                    .retrieve(parameter ?? "")
            case .keyStatus:
                return KeyStatusBehavior(requestsBefore: context.sequence - 1, context: context).reply()
            case .uploadFile:
                return files.upload(request)
            case .listFiles:
                return files.list(query: request.query)
            case .retrieveFile:
                return files.retrieve(parameter ?? "")
            case .deleteFile:
                return files.delete(parameter ?? "")
            case .fileContent:
                return files.content(parameter ?? "")
            case .createBatch:
                return batches.create(request.body)
            case .listBatches:
                return batches.list(query: request.query)
            case .retrieveBatch:
                return batches.retrieve(parameter ?? "")
            case .cancelBatch:
                let id = parameter ?? ""
                let wasRunning = server.batches.batch(id).map { !$0.status.isTerminal } ?? false
                let reply = batches.cancel(id)
                if wasRunning { server.announceIfEnded(server.batches.batch(id), now: context.now) }
                return reply
            case .createResponse:
                return responses.create(try RequestValidation.responsesRequest(request.body))
            case .retrieveResponse:
                return responses.retrieve(parameter ?? "", query: request.query)
            case .cancelResponse:
                return responses.cancel(parameter ?? "")
            case .deleteResponse:
                return responses.delete(parameter ?? "")
            case .listResponseInputItems:
                return responses.inputItems(parameter ?? "", query: request.query)
            case .anthropicMessages:
                return MessagesBehavior(request: try RequestValidation.messagesRequest(request.body), context: context)
                    .reply()
            case .anthropicCountTokens:
                let prompt = try RequestValidation.tokenCountRequest(request.body)
                return context.json(MessageTokenCount(inputTokens: MessagesBehavior.inputTokens(of: prompt)))
            case .anthropicListModels:
                return AnthropicModelBehavior(models: configuration.models, context: context).list(query: request.query)
            case .anthropicRetrieveModel:
                return AnthropicModelBehavior(models: configuration.models, context: context).retrieve(parameter ?? "")
            default:
                return try mediaReply(to: request, route, parameter: parameter, context: context)
                    ?? APIErrorReply.unknownPath(request.method, request.path)
            }
        } catch {
            return error.reply
        }
    }

    static let apiKeyField = HTTPField.Name("x-api-key")!

    /// The decoded query parameters of a request target such as `/v1/models?capability=chat`.
    private static func query(of uri: String) -> [String: String] {
        let items = URLComponents(string: uri)?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
    }
}

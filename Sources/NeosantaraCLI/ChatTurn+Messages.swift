import Foundation
import Neosantara

extension ChatTurn {
    /// The most tokens a Messages reply may have when `--max-tokens` is not given: the API requires a limit.
    static let defaultMessagesMaxTokens = 4096

    /// Sends `messages` through the Anthropic-compatible Messages API and prints the reply, thinking dimmed
    /// when asked for; returns the assistant's text as a message of the conversation.
    func messagesReply(to messages: [ChatMessage]) async throws -> ChatMessage {
        let request = Self.messagesRequest(for: messages, settings: settings)
        let clock = ContinuousClock()
        let start = clock.now
        let response: APIResponse<Message>
        var firstToken: Duration?
        var printer = DeltaPrinter(showReasoning: settings.showReasoning && !settings.json, showContent: !settings.json)
        if settings.stream {
            let stream = try await client.anthropic.messages.stream(request)
            for try await event in stream {
                let delta = ChatCompletionChunk.Delta(content: event.textDelta, reasoningContent: event.thinkingDelta)
                if firstToken == nil, delta.content != nil || delta.reasoningContent != nil {
                    firstToken = clock.now - start
                }
                printer.print(delta)
            }
            response = try await stream.finalMessage()
        } else {
            response = try await client.anthropic.messages.create(request)
            let thinking = response.content.compactMap(\.thinking).joined()
            printer.print(
                ChatCompletionChunk.Delta(content: response.text, reasoningContent: thinking.isEmpty ? nil : thinking))
        }
        printer.finish()
        if settings.json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
        }
        if settings.verbose {
            let usage = Usage(
                promptTokens: response.usage.inputTokens, completionTokens: response.usage.outputTokens,
                totalTokens: response.usage.inputTokens + response.usage.outputTokens)
            summarize(usage: usage, requestID: response.requestID, firstToken: firstToken, total: clock.now - start)
        }
        return .assistant(response.text)
    }

    /// The Messages request for a conversation kept as chat messages: the system messages become the system
    /// prompt, image parts image blocks. With `--reasoning` the model is asked to think (`adaptive`).
    static func messagesRequest(for messages: [ChatMessage], settings: ChatSettings) -> MessagesRequest {
        let system = messages.filter { $0.role == .system }.compactMap { $0.content?.text }.joined(separator: "\n")
        let conversation = messages.filter { $0.role != .system }.map { message in
            MessageParam(role: message.role, content: content(of: message.content))
        }
        var request = MessagesRequest(
            model: settings.model, maxTokens: settings.maxTokens ?? defaultMessagesMaxTokens, messages: conversation,
            system: system.isEmpty ? nil : .text(system), temperature: settings.temperature)
        if settings.showReasoning {
            request.thinking = .adaptive
        }
        return request
    }

    private static func content(of content: MessageContent?) -> BlockContent {
        switch content {
        case .parts(let parts)?:
            return .blocks(
                parts.map { part in
                    switch part {
                    case .text(let text): .text(TextBlock(text))
                    case .imageURL(let image): .image(ImageBlock(source: source(of: image.url)))
                    case .other(let value): .other(value)
                    }
                })
        case .text(let text)?:
            return .text(text)
        case nil:
            return .text("")
        }
    }

    /// An image block's source for a `data:` URL (inline base64) or any other URL.
    private static func source(of url: String) -> MediaSource {
        guard url.hasPrefix("data:"), let comma = url.firstIndex(of: ","),
            url[..<comma].hasSuffix(";base64")
        else { return .url(url) }
        let mediaType = url[url.index(url.startIndex, offsetBy: 5)..<comma].dropLast(";base64".count)
        return .base64(mediaType: String(mediaType), data: String(url[url.index(after: comma)...]))
    }
}

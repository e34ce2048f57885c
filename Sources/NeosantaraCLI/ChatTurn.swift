import Neosantara

/// One exchange: sends the conversation, prints the reply as it arrives, and returns it for the history.
struct ChatTurn: Sendable {
    let client: NeosantaraClient
    var settings: ChatSettings

    /// Sends `messages` and prints the reply; returns the assistant's message.
    func reply(to messages: [ChatMessage]) async throws -> ChatMessage {
        if settings.api == .messages {
            return try await messagesReply(to: messages)
        }
        var request = ChatCompletionsRequest(
            model: settings.model, messages: messages, temperature: settings.temperature, maxTokens: settings.maxTokens)
        let clock = ContinuousClock()
        let start = clock.now
        let response: APIResponse<ChatCompletionsResponse>
        var firstToken: Duration?
        if settings.stream {
            if settings.verbose || settings.json {
                request.streamOptions = StreamOptions(includeUsage: true)
            }
            let stream = try await client.chat.completions.stream(request)
            var printer = DeltaPrinter(
                showReasoning: settings.showReasoning && !settings.json, showContent: !settings.json)
            for try await chunk in stream {
                guard let delta = chunk.choices.first?.delta else { continue }
                if firstToken == nil, !(delta.content ?? "").isEmpty || !(delta.reasoningContent ?? "").isEmpty {
                    firstToken = clock.now - start
                }
                printer.print(delta)
            }
            response = try await stream.finalResponse()
            printer.finish()
        } else {
            response = try await client.chat.completions.create(request)
            if !settings.json {
                var printer = DeltaPrinter(showReasoning: settings.showReasoning, showContent: true)
                let message = response.choices.first?.message
                printer.print(
                    ChatCompletionChunk.Delta(content: message?.content, reasoningContent: message?.reasoningContent))
                printer.finish()
            }
        }
        if settings.json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
        }
        if settings.verbose {
            summarize(
                usage: response.usage, requestID: response.requestID, firstToken: firstToken, total: clock.now - start)
        }
        let message = response.choices.first?.message ?? ChatCompletionMessage(role: .assistant, content: nil)
        return ChatMessage(message)
    }

    /// The `--verbose` line on standard error: tokens, time to first token, total time.
    func summarize(usage: Usage?, requestID: String, firstToken: Duration?, total: Duration) {
        var parts: [String] = []
        if let usage {
            parts.append("tokens: \(usage.promptTokens) in, \(usage.completionTokens) out")
        }
        if let firstToken {
            parts.append("first token: \(Self.milliseconds(firstToken))")
        }
        parts.append("total: \(Self.milliseconds(total))")
        parts.append("request id: \(requestID)")
        Terminal.note(parts.joined(separator: " · "))
    }

    private static func milliseconds(_ duration: Duration) -> String {
        "\(Int(duration.inMilliseconds)) ms"
    }
}

import Neosantara

/// One exchange: sends the conversation, prints the reply as it arrives, and returns it for the history.
struct ChatTurn: Sendable {
    let client: NeosantaraClient
    var settings: ChatSettings

    /// Sends `messages` and prints the reply; returns the assistant's message.
    func reply(to messages: [ChatMessage]) async throws -> ChatMessage {
        let request = ChatCompletionsRequest(
            model: settings.model, messages: messages, temperature: settings.temperature, maxTokens: settings.maxTokens)
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await client.chat.completions.create(request)
        let message = response.choices.first?.message ?? ChatCompletionMessage(role: .assistant, content: nil)
        if settings.json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
        } else {
            if settings.showReasoning, let reasoning = message.reasoningContent, !reasoning.isEmpty {
                Terminal.write(Terminal.dim(reasoning) + "\n\n")
            }
            Terminal.write((message.content ?? "") + "\n")
        }
        if settings.verbose {
            summarize(usage: response.usage, requestID: response.requestID, firstToken: nil, total: clock.now - start)
        }
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
        let (seconds, attoseconds) = duration.components
        return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
    }
}

import Neosantara

/// One exchange over the Responses API: sends the input, prints the reply as it arrives, and returns the
/// response, whose id the next turn continues from.
struct ResponsesTurn: Sendable {
    let client: NeosantaraClient
    var settings: ChatSettings
    /// Whether to queue the response in the background and wait for it.
    let background: Bool

    /// Sends `input` after `previousResponseID` and prints the reply; returns the response.
    func reply(to input: ResponseInput, instructions: String?, previousResponseID: String?) async throws -> Response {
        var request = ResponsesRequest(
            model: settings.model, input: input, instructions: instructions, previousResponseID: previousResponseID,
            maxOutputTokens: settings.maxTokens, background: background ? true : nil)
        request.temperature = settings.temperature
        let clock = ContinuousClock()
        let start = clock.now
        var firstToken: Duration?
        let response: APIResponse<Response>
        if background {
            let queued = try await client.responses.create(request)
            if settings.verbose { Terminal.note("queued \(queued.id)") }
            response = try await client.responses.wait(queued.id) { progress in
                if settings.verbose { Terminal.note("status: \(progress.status?.rawValue ?? "unknown")") }
            }
            printWhole(response.value)
        } else if settings.stream {
            let stream = try await client.responses.stream(request)
            for try await event in stream {
                switch event.kind {
                case .outputTextDelta(let delta, _) where !settings.json:
                    firstToken = firstToken ?? clock.now - start
                    Terminal.write(delta)
                case .reasoningSummaryTextDelta(let delta, _) where settings.showReasoning && !settings.json:
                    firstToken = firstToken ?? clock.now - start
                    Terminal.write(Terminal.dim(delta))
                default:
                    break
                }
            }
            response = try await stream.finalResponse()
            if !settings.json { Terminal.write("\n") }
        } else {
            response = try await client.responses.create(request)
            printWhole(response.value)
        }
        if settings.json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
        }
        if settings.verbose {
            let usage = response.value.usage
            var parts = usage.map { ["tokens: \($0.inputTokens) in, \($0.outputTokens) out"] } ?? []
            if let firstToken { parts.append("first token: \(Int(firstToken.inMilliseconds)) ms") }
            parts.append("total: \(Int((clock.now - start).inMilliseconds)) ms")
            parts.append("response id: \(response.id)")
            Terminal.note(parts.joined(separator: " · "))
        }
        return response.value
    }

    /// Prints a response that arrived whole: its reasoning summary when asked for, and its text.
    private func printWhole(_ response: Response) {
        guard !settings.json else { return }
        if settings.showReasoning {
            for case .reasoning(let reasoning) in response.output where !reasoning.summary.isEmpty {
                Terminal.write(Terminal.dim(reasoning.summaryText) + "\n")
            }
        }
        Terminal.write(response.outputText + "\n")
    }
}

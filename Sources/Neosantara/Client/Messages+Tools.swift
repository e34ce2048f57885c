import Foundation

extension Messages {
    /// Lets the model call Swift functions until it answers, with `tool_use` and `tool_result` blocks.
    ///
    /// Each round sends the conversation with the toolbox's tools (each function's argument schema as its
    /// `input_schema`). When the model calls tools, the calls run concurrently, their results go back as
    /// `tool_result` blocks of one `user` message, and the next round starts. The run ends when the model
    /// answers without calling a tool, or after `maxRounds` messages. As for chat, a tool that throws, an
    /// unknown tool and an input that does not decode do not end the run: the model reads the error.
    ///
    /// ```swift
    /// let run = try await client.anthropic.messages.runTools(
    ///     MessagesRequest(model: "claude-sonnet-4-6", maxTokens: 1024, messages: [.user("Cuaca di Bandung?")]),
    ///     tools: tools)
    /// print(run.text ?? "")
    /// ```
    ///
    /// - Parameters:
    ///   - request: The model, the token limit, the messages and any other settings; the toolbox's tools are
    ///     added to its `tools`.
    ///   - tools: The functions the model may call.
    ///   - maxRounds: The most messages to request; at least 1.
    ///   - options: Settings for each call.
    /// - Throws: ``NeosantaraError`` when a call fails, the toolbox is invalid, or the task is cancelled.
    public func runTools(
        _ request: MessagesRequest,
        tools: Toolbox,
        maxRounds: Int = 8,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> MessageToolRun {
        try Toolbox.check(maxRounds: maxRounds)
        var request = request
        let names = Set(tools.tools.map(\.name))
        let definitions = try tools.definitions().compactMap { tool -> MessageTool? in
            guard case .function(let function) = tool else { return nil }
            return .custom(
                CustomTool(
                    name: function.name, description: function.description,
                    inputSchema: function.parameters ?? ["type": "object"]))
        }
        request.tools = (request.tools ?? []).filter { !names.contains($0.name ?? "") } + definitions
        var run = MessageToolRun(messages: request.messages)
        for round in 1...maxRounds {
            if Task.isCancelled {
                throw NeosantaraError(kind: .cancelled, message: "the tool run was cancelled before round \(round)")
            }
            request.messages = run.messages
            let response = try await create(request, options: options)
            run.responses.append(response)
            run.messages.append(response.value.asParam)
            let calls = response.value.toolUses
            guard !calls.isEmpty else { return run }
            run.messages.append(.user(try await Self.answer(calls, with: tools)))
        }
        run.stopReason = .maxRoundsReached
        return run
    }

    /// Runs the calls concurrently, as the chat tool runner does, and returns a `tool_result` block for each,
    /// in the order of the calls.
    static func answer(_ calls: [ToolUseBlock], with tools: Toolbox) async throws(NeosantaraError) -> [ContentBlock] {
        let chatCalls = calls.map { call in
            let arguments = (try? JSONEncoder().encode(call.input)).map { String(decoding: $0, as: UTF8.self) }
            return ToolCall(id: call.id, function: .init(name: call.name, arguments: arguments ?? "{}"))
        }
        let answers = try await ChatCompletions.answer(chatCalls, with: tools)
        return zip(calls, answers).map { call, answer in
            .toolResult(ToolResultBlock(toolUseID: call.id, content: .text(answer.content?.text ?? "")))
        }
    }
}

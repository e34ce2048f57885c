extension ChatCompletions {
    /// Lets the model call Swift functions until it answers.
    ///
    /// Each round sends the conversation with the toolbox's tools. When the model calls tools, the calls run
    /// concurrently, their results are appended as `tool` messages, and the next round starts. The run ends
    /// when the model answers without calling a tool, or after `maxRounds` completions.
    ///
    /// A tool that throws, an unknown tool name and arguments that do not decode do not end the run: the
    /// model reads the error as the tool's result and can correct itself.
    ///
    /// - Parameters:
    ///   - request: The model, the messages and any other settings; the toolbox's tools are added to its
    ///     `tools`.
    ///   - tools: The functions the model may call.
    ///   - maxRounds: The most completions to request; at least 1.
    ///   - options: Settings for each call.
    ///   - onChunk: When given, every round is streamed and each chunk is handed to it as it arrives, for
    ///     example to print the answer as the model writes it; the tool-call deltas are joined and then run.
    /// - Returns: Every round's completion and the whole conversation.
    /// - Throws: ``NeosantaraError`` when a completion fails, the toolbox is invalid, or the task is
    ///   cancelled (kind ``NeosantaraError/Kind/cancelled``).
    public func runTools(
        _ request: ChatCompletionsRequest,
        tools: Toolbox,
        maxRounds: Int = 8,
        options: RequestOptions = RequestOptions(),
        onChunk: (@Sendable (ChatCompletionChunk) async -> Void)? = nil
    ) async throws(NeosantaraError) -> ToolRun {
        try Toolbox.check(maxRounds: maxRounds)
        var request = request
        let definitions = try tools.definitions()
        let names = Set(tools.tools.map(\.name))
        request.tools =
            (request.tools ?? []).filter { tool in
                guard case .function(let function) = tool else { return true }
                return !names.contains(function.name)
            } + definitions
        var run = ToolRun(messages: request.messages)
        for round in 1...maxRounds {
            if Task.isCancelled {
                throw NeosantaraError(kind: .cancelled, message: "the tool run was cancelled before round \(round)")
            }
            request.messages = run.messages
            let response =
                if let onChunk {
                    try await streamRound(request, options: options, onChunk: onChunk)
                } else {
                    try await create(request, options: options)
                }
            run.responses.append(response)
            guard let message = response.value.choices.first?.message else { return run }
            run.messages.append(ChatMessage(message))
            let calls = message.toolCalls ?? []
            guard !calls.isEmpty else { return run }
            run.messages += try await Self.answer(calls, with: tools)
        }
        run.stopReason = .maxRoundsReached
        return run
    }

    /// Lets the model call Swift functions until it answers; see ``runTools(_:tools:maxRounds:options:onChunk:)``.
    ///
    /// ```swift
    /// let run = try await client.chat.completions.runTools(
    ///     model: "nusantara-base", messages: [.user("Cuaca di Bandung?")], tools: tools)
    /// print(run.content ?? "")
    /// ```
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - messages: The conversation; at least one message.
    ///   - tools: The functions the model may call.
    ///   - maxRounds: The most completions to request; at least 1.
    ///   - options: Settings for each call.
    ///   - onChunk: When given, every round is streamed and each chunk is handed to it as it arrives.
    public func runTools(
        model: String,
        messages: [ChatMessage],
        tools: Toolbox,
        maxRounds: Int = 8,
        options: RequestOptions = RequestOptions(),
        onChunk: (@Sendable (ChatCompletionChunk) async -> Void)? = nil
    ) async throws(NeosantaraError) -> ToolRun {
        try await runTools(
            ChatCompletionsRequest(model: model, messages: messages), tools: tools, maxRounds: maxRounds,
            options: options, onChunk: onChunk)
    }

    /// One streamed round: hands each chunk to `onChunk` and returns the joined completion.
    private func streamRound(
        _ request: ChatCompletionsRequest,
        options: RequestOptions,
        onChunk: @Sendable (ChatCompletionChunk) async -> Void
    ) async throws(NeosantaraError) -> APIResponse<ChatCompletionsResponse> {
        let stream = try await stream(request, options: options)
        var chunks = stream.makeAsyncIterator()
        while let chunk = try await chunks.next() {
            await onChunk(chunk)
        }
        return try await stream.finalResponse()
    }

    /// Runs the calls concurrently and returns their answers in the order of the calls.
    static func answer(_ calls: [ToolCall], with tools: Toolbox) async throws(NeosantaraError) -> [ChatMessage] {
        let answers = await withTaskGroup(of: (Int, Result<ChatMessage, NeosantaraError>).self) { group in
            for (index, call) in calls.enumerated() {
                group.addTask {
                    do throws(NeosantaraError) {
                        return (index, .success(try await tools.answer(call)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var answers: [(Int, Result<ChatMessage, NeosantaraError>)] = []
            for await answer in group {
                answers.append(answer)
            }
            return answers.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var messages: [ChatMessage] = []
        for answer in answers {
            messages.append(try answer.get())
        }
        if Task.isCancelled {
            throw NeosantaraError(kind: .cancelled, message: "the tool run was cancelled while tools ran")
        }
        return messages
    }
}

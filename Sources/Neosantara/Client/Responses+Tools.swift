extension Responses {
    /// Lets the model call Swift functions until it answers, over the Responses API.
    ///
    /// ```swift
    /// let run = try await client.responses.runTools(
    ///     ResponsesRequest(model: "nusantara-base", input: "Cuaca di Bandung?"), tools: tools)
    /// print(run.outputText)
    /// ```
    ///
    /// Each round sends the request with the toolbox's tools. When the response has function calls, they run
    /// concurrently, and the next round sends their results as `function_call_output` items, continuing from
    /// the response with `previous_response_id` (or, with `store: false`, with the whole conversation as
    /// input). The run ends when a response has no function call, or after `maxRounds` responses. As with
    /// chat, a tool that throws, an unknown name or arguments that do not decode become the output the
    /// model reads.
    ///
    /// - Parameters:
    ///   - request: The model, the input and any other settings; the toolbox's tools are added to its `tools`.
    ///   - tools: The functions the model may call.
    ///   - maxRounds: The most responses to request; at least 1.
    ///   - options: Settings for each call.
    /// - Returns: Every round's response and the outputs sent back.
    /// - Throws: ``NeosantaraError`` when a response fails, the toolbox is invalid, or the task is cancelled.
    public func runTools(
        _ request: ResponsesRequest,
        tools: Toolbox,
        maxRounds: Int = 8,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ResponsesToolRun {
        try Toolbox.check(maxRounds: maxRounds)
        var request = request
        let names = Set(tools.tools.map(\.name))
        let definitions = try tools.definitions().compactMap { tool -> ResponseTool? in
            guard case .function(let function) = tool else { return nil }
            return .function(function)
        }
        request.tools =
            (request.tools ?? []).filter { tool in
                guard case .function(let function) = tool else { return true }
                return !names.contains(function.name)
            } + definitions
        var conversation = request.input?.items ?? []
        var run = ResponsesToolRun()
        for round in 1...maxRounds {
            if Task.isCancelled {
                throw NeosantaraError(kind: .cancelled, message: "the tool run was cancelled before round \(round)")
            }
            let response = try await create(request, options: options)
            run.responses.append(response)
            let calls = response.value.functionCalls
            guard !calls.isEmpty else { return run }
            let answers = try await ChatCompletions.answer(
                calls.map { ToolCall(id: $0.callID, function: .init(name: $0.name, arguments: $0.arguments)) },
                with: tools)
            let outputs = zip(calls, answers).map { call, answer in
                ResponseInputItem.functionCallOutput(callID: call.callID, output: answer.content?.text ?? "")
            }
            run.outputs += outputs
            if request.store == false {
                conversation += response.value.output.compactMap(\.asInput) + outputs
                request.input = .items(conversation)
            } else {
                request.previousResponseID = response.value.id
                request.input = .items(outputs)
            }
        }
        run.stopReason = .maxRoundsReached
        return run
    }
}

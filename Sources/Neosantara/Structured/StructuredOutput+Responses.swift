import Foundation

extension StructuredOutput {
    /// `request` with a `text.format` (and, in ``StructuredOutputMode/jsonObject`` mode, instructions) asking
    /// for JSON that decodes as `Output`.
    static func request<Output: Decodable>(
        _ request: ResponsesRequest,
        as type: Output.Type,
        mode: StructuredOutputMode
    ) throws(NeosantaraError) -> ResponsesRequest {
        let schema = try JSONSchema.derive(from: type, strict: mode == .strictJSONSchema)
        guard schema["type"] == "object" else {
            throw NeosantaraError(
                kind: .invalidRequest,
                message: "structured output must be a JSON object, and `\(Output.self)` is not; wrap it in a struct",
                parameter: "text.format")
        }
        var request = request
        var text = request.text ?? ResponseTextOptions()
        switch mode {
        case .strictJSONSchema, .jsonSchema:
            text.format = .jsonSchema(
                name: JSONSchema.name(of: type), schema: schema, strict: mode == .strictJSONSchema)
        case .jsonObject:
            text.format = .jsonObject
            let instruction = "Answer with one JSON object, and nothing else, that matches this JSON schema:\n\(schema)"
            request.instructions = request.instructions.map { $0 + "\n\n" + instruction } ?? instruction
        }
        request.text = text
        return request
    }

    /// The response's text, decoded as `Output`.
    ///
    /// - Throws: ``NeosantaraError`` of kind ``NeosantaraError/Kind/refused``,
    ///   ``NeosantaraError/Kind/outputTruncated``, ``NeosantaraError/Kind/contentFiltered`` or
    ///   ``NeosantaraError/Kind/invalidOutput``, with the raw answer in ``NeosantaraError/modelOutput``.
    static func decode<Output: Decodable>(
        _ type: Output.Type,
        from response: APIResponse<Response>
    ) throws(NeosantaraError) -> Output {
        let value = response.value
        let content = value.outputText
        let refusals = value.output.compactMap { item -> String? in
            guard case .message(let message) = item else { return nil }
            return message.refusal
        }
        if let refusal = refusals.first {
            throw response.answerError(.refused, refusal, output: refusal)
        }
        if value.status == .incomplete {
            let reason = value.incompleteDetails?.reason ?? "unknown"
            throw response.answerError(
                reason == "content_filter" ? .contentFiltered : .outputTruncated,
                "the response is incomplete (`\(reason)`)", output: content)
        }
        if value.status == .failed {
            throw response.answerError(
                .invalidOutput, "the response failed: \(value.error?.message ?? "no reason given")", output: content)
        }
        guard !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw response.answerError(.invalidOutput, "the answer is empty", output: content)
        }
        return try response.decodeAnswer(type, json: withoutCodeFence(content), output: content)
    }
}

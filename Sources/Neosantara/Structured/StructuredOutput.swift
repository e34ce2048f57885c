import Foundation

/// Asks for structured output and decodes the answer: the request side and the response side of
/// ``ChatCompletions/parse(_:as:mode:options:)``.
enum StructuredOutput {
    /// `request` with a response format (and, in ``StructuredOutputMode/jsonObject`` mode, a system message)
    /// asking for JSON that decodes as `Output`.
    static func request<Output: Decodable>(
        _ request: ChatCompletionsRequest,
        as type: Output.Type,
        mode: StructuredOutputMode
    ) throws(NeosantaraError) -> ChatCompletionsRequest {
        let schema = try JSONSchema.derive(from: type, strict: mode == .strictJSONSchema)
        guard schema["type"] == "object" else {
            throw NeosantaraError(
                kind: .invalidRequest,
                message: "structured output must be a JSON object, and `\(Output.self)` is not; wrap it in a struct",
                parameter: "response_format")
        }
        var request = request
        switch mode {
        case .strictJSONSchema, .jsonSchema:
            request.responseFormat = .jsonSchema(
                name: JSONSchema.name(of: type), schema: schema, strict: mode == .strictJSONSchema)
        case .jsonObject:
            request.responseFormat = .jsonObject
            request.messages.insert(
                .system("Answer with one JSON object, and nothing else, that matches this JSON schema:\n\(schema)"),
                at: 0)
        }
        return request
    }

    /// The answer of the first choice, decoded as `Output`.
    ///
    /// - Throws: ``NeosantaraError`` of kind ``NeosantaraError/Kind/refused``,
    ///   ``NeosantaraError/Kind/outputTruncated``, ``NeosantaraError/Kind/contentFiltered`` or
    ///   ``NeosantaraError/Kind/invalidOutput``, with the raw answer in ``NeosantaraError/modelOutput``.
    static func decode<Output: Decodable>(
        _ type: Output.Type,
        from response: APIResponse<ChatCompletionsResponse>
    ) throws(NeosantaraError) -> Output {
        guard let choice = response.value.choices.first else {
            throw response.answerError(.invalidOutput, "the completion has no choices", output: nil)
        }
        let content = choice.message.content
        if let refusal = choice.message.refusal, !refusal.isEmpty {
            throw response.answerError(.refused, refusal, output: refusal)
        }
        switch choice.finishReason {
        case .length?:
            throw response.answerError(.outputTruncated, "finish reason `length`", output: content)
        case .contentFilter?:
            throw response.answerError(.contentFiltered, "finish reason `content_filter`", output: content)
        default:
            break
        }
        guard let content, !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw response.answerError(.invalidOutput, "the answer is empty", output: content)
        }
        return try response.decodeAnswer(type, json: withoutCodeFence(content), output: content)
    }

    /// The JSON inside a Markdown code fence, which some models add around JSON in `json_object` mode.
    static func withoutCodeFence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("```"), trimmed.hasSuffix("```"), trimmed.count >= 6,
            let firstNewline = trimmed.firstIndex(of: "\n")
        else { return trimmed }
        return String(trimmed[firstNewline..<trimmed.index(trimmed.endIndex, offsetBy: -3)])
    }

    /// Decodes dates as ISO 8601, with or without fractional seconds, as the derived schema's `date-time` says.
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = ISO8601Date.parse(text) else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath, debugDescription: "`\(text)` is not an ISO 8601 date-time"))
            }
            return date
        }
        return decoder
    }()
}

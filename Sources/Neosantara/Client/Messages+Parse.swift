import Foundation

extension Messages {
    /// Asks for an answer as a Swift value, through a tool call the model is made to make.
    ///
    /// The Messages API has no response format; as Anthropic documents for structured output, the schema
    /// derived from `Output` (see ``JSONSchema``) becomes the `input_schema` of a tool named after the type,
    /// `tool_choice` forces a call of it, and the call's input is decoded.
    ///
    /// ```swift
    /// struct Weather: Codable, Sendable {
    ///     var city: String
    ///     var celsius: Double
    /// }
    /// let weather = try await client.anthropic.messages.parse(
    ///     MessagesRequest(model: "claude-sonnet-4-6", maxTokens: 512, messages: [.user("Cuaca di Jakarta?")]),
    ///     as: Weather.self
    /// ).value
    /// ```
    ///
    /// - Parameters:
    ///   - request: The model, the token limit, the messages and any other settings; the tool is added to its
    ///     tools and its `tool_choice` is replaced.
    ///   - type: The type to decode the answer into; its JSON form must be an object.
    ///   - options: Settings for this call only.
    /// - Returns: The decoded value and the message it came from.
    /// - Throws: ``NeosantaraError``: besides every error of ``create(_:options:)``, kind
    ///   ``NeosantaraError/Kind/outputTruncated`` when the answer reached `max_tokens`,
    ///   ``NeosantaraError/Kind/refused`` when the model declined, and ``NeosantaraError/Kind/invalidOutput``
    ///   when it made no call or an input that does not decode, with the model's output in
    ///   ``NeosantaraError/modelOutput``.
    public func parse<Output: Decodable & Sendable>(
        _ request: MessagesRequest,
        as type: Output.Type,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ParsedMessage<Output> {
        let schema = try JSONSchema.derive(from: type, strict: true)
        guard schema["type"] == "object" else {
            throw NeosantaraError(
                kind: .invalidRequest,
                message: "structured output must be a JSON object, and `\(Output.self)` is not; wrap it in a struct",
                parameter: "tools")
        }
        let name = JSONSchema.name(of: type)
        var request = request
        request.tools =
            (request.tools ?? []) + [
                .custom(CustomTool(name: name, description: "Answer with a `\(Output.self)`.", inputSchema: schema))
            ]
        request.toolChoice = .tool(name)
        let response = try await create(request, options: options)
        return ParsedMessage(value: try Self.decode(type, toolNamed: name, from: response), response: response)
    }

    /// The input of the call of the tool `name` in `response`, decoded as `Output`.
    static func decode<Output: Decodable>(
        _ type: Output.Type,
        toolNamed name: String,
        from response: APIResponse<Message>
    ) throws(NeosantaraError) -> Output {
        let message = response.value
        guard let call = message.toolUses.first(where: { $0.name == name }) else {
            switch message.stopReason {
            case .maxTokens?:
                throw response.answerError(.outputTruncated, "stop reason `max_tokens`", output: message.text)
            case .refusal?:
                throw response.answerError(.refused, "stop reason `refusal`", output: message.text)
            default:
                throw response.answerError(
                    .invalidOutput, "the model did not call the tool `\(name)`", output: message.text)
            }
        }
        let input = (try? JSONEncoder().encode(call.input)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if message.stopReason == .maxTokens {
            throw response.answerError(.outputTruncated, "stop reason `max_tokens`", output: input)
        }
        return try response.decodeAnswer(type, json: input, output: input)
    }
}

extension ChatCompletions {
    /// Asks for an answer as JSON matching `Output`'s schema, and decodes it.
    ///
    /// The schema is derived from `Output`'s `Decodable` conformance (see ``JSONSchema``) and sent as the
    /// request's `response_format`.
    ///
    /// - Parameters:
    ///   - request: The model, the messages and any other settings; its `responseFormat` is replaced.
    ///   - type: The type to decode the answer into; its JSON form must be an object.
    ///   - mode: How to ask for JSON; strict JSON schema by default.
    ///   - options: Settings for this call only.
    /// - Returns: The decoded value and the completion it came from.
    /// - Throws: ``NeosantaraError``: besides every error of ``create(_:options:)``, kind
    ///   ``NeosantaraError/Kind/refused``, ``NeosantaraError/Kind/outputTruncated``,
    ///   ``NeosantaraError/Kind/contentFiltered`` or ``NeosantaraError/Kind/invalidOutput``, with the model's
    ///   raw answer in ``NeosantaraError/modelOutput``.
    public func parse<Output: Decodable & Sendable>(
        _ request: ChatCompletionsRequest,
        as type: Output.Type,
        mode: StructuredOutputMode = .strictJSONSchema,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ParsedCompletion<Output> {
        let structured = try StructuredOutput.request(request, as: type, mode: mode)
        let response = try await create(structured, options: options)
        return ParsedCompletion(value: try StructuredOutput.decode(type, from: response), response: response)
    }

    /// Asks a model for an answer as a Swift value.
    ///
    /// ```swift
    /// struct Weather: Codable, Sendable {
    ///     var city: String
    ///     var celsius: Double
    ///     var conditions: [String]
    /// }
    /// let weather = try await client.chat.completions.parse(
    ///     model: "nusantara-base", messages: [.user("Cuaca di Jakarta hari ini?")], as: Weather.self)
    /// ```
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - messages: The conversation; at least one message.
    ///   - type: The type to decode the answer into; its JSON form must be an object.
    ///   - mode: How to ask for JSON; strict JSON schema by default.
    ///   - options: Settings for this call only.
    /// - Returns: The decoded answer.
    /// - Throws: ``NeosantaraError``, as ``parse(_:as:mode:options:)`` does.
    public func parse<Output: Decodable & Sendable>(
        model: String,
        messages: [ChatMessage],
        as type: Output.Type,
        mode: StructuredOutputMode = .strictJSONSchema,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> Output {
        try await parse(
            ChatCompletionsRequest(model: model, messages: messages), as: type, mode: mode, options: options
        )
        .value
    }
}

extension Responses {
    /// Asks for a response as JSON matching `Output`'s schema, and decodes it.
    ///
    /// The schema is derived from `Output`'s `Decodable` conformance (see ``JSONSchema``) and sent as the
    /// request's `text.format`.
    ///
    /// - Parameters:
    ///   - request: The model, the input and any other settings; its `text.format` is replaced.
    ///   - type: The type to decode the answer into; its JSON form must be an object.
    ///   - mode: How to ask for JSON; strict JSON schema by default.
    ///   - options: Settings for this call only.
    /// - Returns: The decoded value and the response it came from.
    /// - Throws: ``NeosantaraError``: besides every error of ``create(_:options:)``, kind
    ///   ``NeosantaraError/Kind/refused``, ``NeosantaraError/Kind/outputTruncated``,
    ///   ``NeosantaraError/Kind/contentFiltered`` or ``NeosantaraError/Kind/invalidOutput``, with the model's
    ///   raw answer in ``NeosantaraError/modelOutput``.
    public func parse<Output: Decodable & Sendable>(
        _ request: ResponsesRequest,
        as type: Output.Type,
        mode: StructuredOutputMode = .strictJSONSchema,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> ParsedResponse<Output> {
        let structured = try StructuredOutput.request(request, as: type, mode: mode)
        let response = try await create(structured, options: options)
        return ParsedResponse(value: try StructuredOutput.decode(type, from: response), response: response)
    }

    /// Asks a model for a response as a Swift value.
    ///
    /// ```swift
    /// struct Pantun: Codable, Sendable {
    ///     var title: String
    ///     var lines: [String]
    /// }
    /// let pantun = try await client.responses.parse(model: "nusantara-base", input: "Pantun kopi", as: Pantun.self)
    /// ```
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - input: A string, or typed items.
    ///   - type: The type to decode the answer into; its JSON form must be an object.
    ///   - mode: How to ask for JSON; strict JSON schema by default.
    ///   - options: Settings for this call only.
    /// - Returns: The decoded answer.
    public func parse<Output: Decodable & Sendable>(
        model: String,
        input: ResponseInput,
        as type: Output.Type,
        mode: StructuredOutputMode = .strictJSONSchema,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> Output {
        try await parse(ResponsesRequest(model: model, input: input), as: type, mode: mode, options: options).value
    }
}

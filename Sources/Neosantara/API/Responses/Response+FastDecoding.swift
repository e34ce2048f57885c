extension Response {
    /// Reads a response of the common shape — message items of text and refusal parts — as `init(from:)`
    /// decodes it: the reader reads the scalars, items, parts, usage and text options itself and hands errors,
    /// tools, annotations, JSON schemas and non-empty metadata to `JSONDecoder`. Any other item is unsupported, and the
    /// caller leaves the whole document to `JSONDecoder`.
    static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported) -> Response {
        var id: String?
        var response = Response(id: "")
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .id: id = try reader.readString()
            case .object: response.object = try reader.readNullableString() ?? "response"
            case .createdAt: response.createdAt = try reader.readNullableInt()
            case .status: response.status = try reader.readNullableString().map { ResponseStatus(rawValue: $0) }
            case .model: response.model = try reader.readNullableString()
            case .output:
                guard try !reader.readNull() else { return }
                try reader.readArray { reader throws(JSONByteReader.Unsupported) in
                    response.output.append(.message(try ResponseOutputMessage.decodeCommonShape(&reader)))
                }
            case .error: response.error = try reader.decodeNullable(ResponseError.self)
            case .incompleteDetails: response.incompleteDetails = try reader.decodeNullable(IncompleteDetails.self)
            case .usage: response.usage = try reader.readNull() ? nil : ResponseUsage.decodeCommonShape(&reader)
            case .instructions: response.instructions = try reader.readNullableString()
            case .previousResponseID: response.previousResponseID = try reader.readNullableString()
            case .background: response.background = try reader.readNullableBool()
            case .store: response.store = try reader.readNullableBool()
            case .metadata:
                response.metadata =
                    reader.readEmpty(UInt8(ascii: "{"), UInt8(ascii: "}"))
                    ? [:] : try reader.decodeNullable([String: String].self)
            case .maxOutputTokens: response.maxOutputTokens = try reader.readNullableInt()
            case .temperature: response.temperature = try reader.readNullableDouble()
            case .tools:
                response.tools =
                    reader.readEmpty(UInt8(ascii: "["), UInt8(ascii: "]"))
                    ? [] : try reader.decodeNullable([ResponseTool].self)
            case .text: response.text = try reader.readNull() ? nil : ResponseTextOptions.decodeCommonShape(&reader)
            }
        }
        guard let id else { throw JSONByteReader.Unsupported() }
        response.id = id
        return response
    }
}

extension Response.CodingKeys: JSONObjectKey {
    static let all = allCases
}

extension ResponseOutputMessage {
    /// Reads an output item of type `message` as `init(from:)` decodes it; any other item is unsupported.
    static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> ResponseOutputMessage
    {
        var type: String?
        var id: String?
        var role: Role?
        var status: ResponseStatus?
        var content: [ResponseOutputContent]?
        try reader.readObject(MessageKey.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .type: type = try reader.readNullableString()
            case .id: id = try reader.readString()
            case .role: role = Role(rawValue: try reader.readString())
            case .status: status = try reader.readNullableString().map { ResponseStatus(rawValue: $0) }
            case .content:
                var parts: [ResponseOutputContent] = []
                try reader.readArray { reader throws(JSONByteReader.Unsupported) in
                    parts.append(try ResponseOutputContent.decodeCommonShape(&reader))
                }
                content = parts
            }
        }
        guard type == "message", let id, let role, let content else { throw JSONByteReader.Unsupported() }
        return ResponseOutputMessage(id: id, role: role, status: status, content: content)
    }
}

/// The members of a message item that ``ResponseOutputMessage/decodeCommonShape(_:)`` reads.
private enum MessageKey: String, CaseIterable, JSONObjectKey {
    case type, id, role, status, content

    static let all = allCases
}

extension ResponseOutputContent {
    /// Reads an `output_text` or `refusal` part as `init(from:)` decodes it; any other part is unsupported.
    static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> ResponseOutputContent
    {
        var type: String?
        var text: String?
        var refusal: String?
        var annotations: [ResponseAnnotation]?
        try reader.readObject(PartKey.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .type: type = try reader.readNullableString()
            case .text: text = try reader.readString()
            case .refusal: refusal = try reader.readString()
            case .annotations:
                annotations =
                    reader.readEmpty(UInt8(ascii: "["), UInt8(ascii: "]"))
                    ? [] : try reader.decodeNullable([ResponseAnnotation].self)
            }
        }
        switch type {
        case "output_text":
            guard let text else { throw JSONByteReader.Unsupported() }
            return .text(text, annotations: annotations ?? [])
        case "refusal":
            guard let refusal else { throw JSONByteReader.Unsupported() }
            return .refusal(refusal)
        default:
            throw JSONByteReader.Unsupported()
        }
    }
}

/// The members of a content part that ``ResponseOutputContent/decodeCommonShape(_:)`` reads.
private enum PartKey: String, CaseIterable, JSONObjectKey {
    case type, text, refusal, annotations

    static let all = allCases
}

extension ResponseUsage {
    /// Reads usage as `init(from:)` decodes it, under either naming.
    static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported) -> ResponseUsage {
        var input: Int?, output: Int?, total: Int?, prompt: Int?, completion: Int?
        var cachedTokens: Int?, reasoningTokens: Int?
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .inputTokens: input = try reader.readNullableInt()
            case .outputTokens: output = try reader.readNullableInt()
            case .totalTokens: total = try reader.readNullableInt()
            case .promptTokens: prompt = try reader.readNullableInt()
            case .completionTokens: completion = try reader.readNullableInt()
            case .inputTokensDetails: cachedTokens = try readDetail(.cachedTokens, from: &reader)
            case .outputTokensDetails: reasoningTokens = try readDetail(.reasoningTokens, from: &reader)
            }
        }
        return ResponseUsage(
            inputTokens: input ?? prompt ?? 0, outputTokens: output ?? completion ?? 0, totalTokens: total,
            cachedTokens: cachedTokens, reasoningTokens: reasoningTokens)
    }

    /// Reads a details object, or `null`, and gives its count named `wanted`.
    private static func readDetail(_ wanted: Details.CodingKeys, from reader: inout JSONByteReader)
        throws(JSONByteReader.Unsupported) -> Int?
    {
        guard try !reader.readNull() else { return nil }
        var value: Int?
        try reader.readObject(Details.CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            let count = try reader.readNullableInt()
            if key == wanted { value = count }
        }
        return value
    }
}

extension ResponseUsage.CodingKeys: JSONObjectKey {
    static let all = allCases
}

extension ResponseUsage.Details.CodingKeys: JSONObjectKey {
    static let all = allCases
}

extension ResponseTextOptions {
    /// Reads text options as `init(from:)` decodes them: a `text` or `json_object` format, or none; a JSON
    /// schema or any other format is unsupported.
    static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> ResponseTextOptions
    {
        var options = ResponseTextOptions()
        try reader.readObject(TextOptionsKey.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .verbosity: options.verbosity = try reader.readNullableString()
            case .format:
                guard try !reader.readNull() else { return }
                var type: String?
                try reader.readObject(TextOptionsKey.FormatKey.self) { reader, _ throws(JSONByteReader.Unsupported) in
                    type = try reader.readNullableString()
                }
                switch type {
                case "text": options.format = .text
                case "json_object": options.format = .jsonObject
                default: throw JSONByteReader.Unsupported()
                }
            }
        }
        return options
    }
}

/// The members of text options that ``ResponseTextOptions/decodeCommonShape(_:)`` reads.
private enum TextOptionsKey: String, CaseIterable, JSONObjectKey {
    case format, verbosity

    static let all = allCases

    /// The member of a format it reads.
    enum FormatKey: String, CaseIterable, JSONObjectKey {
        case type

        static let all = allCases
    }
}

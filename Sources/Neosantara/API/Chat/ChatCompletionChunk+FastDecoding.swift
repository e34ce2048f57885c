extension ChatCompletionChunk: FastDecodable {
    /// Decodes the chunk in `json` several times faster than `JSONDecoder`: the reader reads the common
    /// parts itself and hands tool-call pieces, log probabilities and `_metadata` to `JSONDecoder`; `nil`
    /// for input it does not handle, which `JSONDecoder` must then decode.
    static func decodeCommonShape(_ json: UnsafeRawBufferPointer) -> ChatCompletionChunk? {
        CompletionMembers.read(json, choice: Choice.decodeCommonShape).map { members in
            ChatCompletionChunk(
                id: members.id, object: members.object, created: members.created, model: members.model,
                choices: members.choices, usage: members.usage, metadata: members.metadata,
                systemFingerprint: members.systemFingerprint, serviceTier: members.serviceTier)
        }
    }
}

extension ChatCompletionChunk.Choice {
    /// Reads a choice.
    fileprivate static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> Self
    {
        var choice = Self(delta: ChatCompletionChunk.Delta())
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .index: choice.index = try reader.readNullableInt() ?? 0
            case .finishReason: choice.finishReason = try reader.readNullableString().map { FinishReason(rawValue: $0) }
            case .logprobs: choice.logprobs = try reader.decodeNullable(JSONValue.self)
            case .delta:
                guard try !reader.readNull() else { return }
                choice.delta = try ChatCompletionChunk.Delta.decodeCommonShape(&reader)
            }
        }
        return choice
    }
}

extension ChatCompletionChunk.Choice.CodingKeys: JSONObjectKey {
    static let all = allCases
}

extension ChatCompletionChunk.Delta {
    /// Reads a delta.
    fileprivate static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> Self
    {
        var delta = Self()
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .role: delta.role = try reader.readNullableString().map { Role(rawValue: $0) }
            case .content: delta.content = try reader.readNullableString()
            case .reasoningContent: delta.reasoningContent = try reader.readNullableString()
            case .refusal: delta.refusal = try reader.readNullableString()
            case .toolCalls: delta.toolCalls = try reader.decodeNullable([ChatCompletionChunk.ToolCallDelta].self)
            }
        }
        return delta
    }
}

extension ChatCompletionChunk.Delta.CodingKeys: JSONObjectKey {
    static let all = allCases
}

extension ChatCompletionsResponse: FastDecodable {
    /// Decodes the completion in `json` several times faster than `JSONDecoder`: the reader reads the
    /// common parts itself and hands tool calls, log probabilities, content parts and `_metadata` to
    /// `JSONDecoder`; `nil` for input it does not handle, which `JSONDecoder` must then decode.
    static func decodeCommonShape(_ json: UnsafeRawBufferPointer) -> ChatCompletionsResponse? {
        CompletionMembers.read(json, choice: ChatCompletionChoice.decodeCommonShape).map { members in
            ChatCompletionsResponse(
                id: members.id, object: members.object, created: members.created, model: members.model,
                choices: members.choices, usage: members.usage, metadata: members.metadata,
                systemFingerprint: members.systemFingerprint, serviceTier: members.serviceTier)
        }
    }
}

extension ChatCompletionChoice {
    /// Reads a choice as `init(from:)` decodes it.
    fileprivate static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> ChatCompletionChoice
    {
        var choice = ChatCompletionChoice(message: ChatCompletionMessage(content: nil))
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .index: choice.index = try reader.readNullableInt() ?? 0
            case .finishReason: choice.finishReason = try reader.readNullableString().map { FinishReason(rawValue: $0) }
            case .logprobs: choice.logprobs = try reader.decodeNullable(JSONValue.self)
            case .message:
                guard try !reader.readNull() else { return }
                choice.message = try ChatCompletionMessage.decodeCommonShape(&reader)
            }
        }
        return choice
    }
}

extension ChatCompletionChoice.CodingKeys: JSONObjectKey {
    static let all = allCases
}

extension ChatCompletionMessage {
    /// Reads a message as `init(from:)` decodes it.
    fileprivate static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> ChatCompletionMessage
    {
        var message = ChatCompletionMessage(content: nil)
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .role: message.role = try reader.readNullableString().map { Role(rawValue: $0) } ?? .assistant
            case .content:
                if reader.isAtString() {
                    message.content = try reader.readString()
                } else {
                    message.content = try reader.decodeNullable(MessageContent.self)?.text
                }
            case .reasoningContent: message.reasoningContent = try reader.readNullableString()
            case .toolCalls: message.toolCalls = try reader.decodeNullable([ToolCall].self)
            case .refusal: message.refusal = try reader.readNullableString()
            case .name: message.name = try reader.readNullableString()
            }
        }
        return message
    }
}

extension ChatCompletionMessage.CodingKeys: JSONObjectKey {
    static let all = allCases
}

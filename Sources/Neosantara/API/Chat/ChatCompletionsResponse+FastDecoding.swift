extension ChatCompletionsResponse: FastDecodable {
    /// Decodes the completion in `json` several times faster than `JSONDecoder`: the reader reads the
    /// common parts itself and hands tool calls, log probabilities, content parts and `_metadata` to
    /// `JSONDecoder`; `nil` for input it does not handle, which `JSONDecoder` must then decode.
    static func decodeCommonShape(_ json: UnsafeRawBufferPointer) -> ChatCompletionsResponse? {
        var reader = JSONByteReader(json)
        var response = ChatCompletionsResponse(object: nil)
        do throws(JSONByteReader.Unsupported) {
            try reader.readObject(Key.self) { reader, key throws(JSONByteReader.Unsupported) in
                switch key {
                case .id: response.id = try reader.readNullableString()
                case .object: response.object = try reader.readNullableString()
                case .created: response.created = try reader.readNullableInt()
                case .model: response.model = try reader.readNullableString()
                case .systemFingerprint: response.systemFingerprint = try reader.readNullableString()
                case .serviceTier: response.serviceTier = try reader.readNullableString()
                case .usage: response.usage = try reader.readNull() ? nil : Usage.decodeCommonShape(&reader)
                case .metadata: response.metadata = try reader.decodeNullable(Metadata.self)
                case .choices:
                    guard try !reader.readNull() else { return }
                    try reader.readArray { reader throws(JSONByteReader.Unsupported) in
                        response.choices.append(try ChatChoice.decodeCommonShape(&reader))
                    }
                }
            }
            try reader.expectEnd()
        } catch {
            return nil
        }
        return response
    }

    private enum Key: String, JSONObjectKey {
        case id, object, created, model, choices, usage
        case metadata = "_metadata"
        case systemFingerprint = "system_fingerprint"
        case serviceTier = "service_tier"

        static let all: [Key] = [
            .id, .object, .created, .model, .choices, .usage, .metadata, .systemFingerprint, .serviceTier,
        ]
    }
}

extension ChatChoice {
    /// Reads a choice as `init(from:)` decodes it.
    fileprivate static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> ChatChoice
    {
        var choice = ChatChoice(message: ChatCompletionMessage(content: nil))
        try reader.readObject(Key.self) { reader, key throws(JSONByteReader.Unsupported) in
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

    private enum Key: String, JSONObjectKey {
        case index, message, logprobs
        case finishReason = "finish_reason"

        static let all: [Key] = [.index, .message, .logprobs, .finishReason]
    }
}

extension ChatCompletionMessage {
    /// Reads a message as `init(from:)` decodes it.
    fileprivate static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> ChatCompletionMessage
    {
        var message = ChatCompletionMessage(content: nil)
        try reader.readObject(Key.self) { reader, key throws(JSONByteReader.Unsupported) in
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

    private enum Key: String, JSONObjectKey {
        case role, content, refusal, name
        case reasoningContent = "reasoning_content"
        case toolCalls = "tool_calls"

        static let all: [Key] = [.role, .content, .refusal, .name, .reasoningContent, .toolCalls]
    }
}

import Foundation

extension ChatCompletionsRequest: FastEncodable {
    /// The request's JSON, written several times faster than `JSONEncoder` writes it: the writer writes the
    /// messages and scalar fields itself and hands tools, response formats and the other structured fields
    /// to `JSONEncoder`; `nil` when there is ``extraBody`` to merge, or a number JSON cannot hold.
    func encodeCommonShape() -> Data? {
        guard extraBody.isEmpty else { return nil }
        return JSONByteWriter.document(capacity: 256) { writer throws(JSONByteWriter.Unsupported) in
            writer.key(CodingKeys.model)
            writer.string(model)
            writer.key(CodingKeys.messages)
            try writer.array(messages) { writer, message throws(JSONByteWriter.Unsupported) in
                try message.encodeCommonShape(to: &writer)
            }
            try writeOptions(to: &writer)
        }
    }

    /// Writes the fields that are set, after the model and messages.
    private func writeOptions(to writer: inout JSONByteWriter) throws(JSONByteWriter.Unsupported) {
        try writer.member(CodingKeys.temperature, temperature)
        try writer.member(CodingKeys.topP, topP)
        writer.member(CodingKeys.n, n)
        try writer.member(CodingKeys.stop, encoding: stop)
        writer.member(CodingKeys.maxTokens, maxTokens)
        writer.member(CodingKeys.maxCompletionTokens, maxCompletionTokens)
        writer.member(CodingKeys.stream, stream)
        try writer.member(CodingKeys.streamOptions, encoding: streamOptions)
        try writer.member(CodingKeys.presencePenalty, presencePenalty)
        try writer.member(CodingKeys.frequencyPenalty, frequencyPenalty)
        writer.member(CodingKeys.seed, seed)
        writer.member(CodingKeys.user, user)
        writer.member(CodingKeys.logprobs, logprobs)
        writer.member(CodingKeys.topLogprobs, topLogprobs)
        try writer.member(CodingKeys.logitBias, encoding: logitBias)
        try writer.member(CodingKeys.responseFormat, encoding: responseFormat)
        try writer.member(CodingKeys.tools, encoding: tools)
        try writer.member(CodingKeys.toolChoice, encoding: toolChoice)
        writer.member(CodingKeys.parallelToolCalls, parallelToolCalls)
        writer.member(CodingKeys.reasoningEffort, reasoningEffort?.rawValue)
        try writer.member(CodingKeys.reasoning, encoding: reasoning)
        try writer.member(CodingKeys.metadata, encoding: metadata)
        writer.member(CodingKeys.topK, topK)
        try writer.member(CodingKeys.minP, minP)
        try writer.member(CodingKeys.repetitionPenalty, repetitionPenalty)
    }
}

extension ChatMessage {
    /// Writes the message as `encode(to:)` does.
    fileprivate func encodeCommonShape(to writer: inout JSONByteWriter) throws(JSONByteWriter.Unsupported) {
        try writer.object { writer throws(JSONByteWriter.Unsupported) in
            writer.key(CodingKeys.role)
            writer.string(role.rawValue)
            writer.key(CodingKeys.content)
            switch content {
            case .text(let text): writer.string(text)
            case .parts(let parts): try writer.encoded(parts)
            case nil: writer.null()
            }
            writer.member(CodingKeys.name, name)
            try writer.member(CodingKeys.toolCalls, encoding: toolCalls)
            writer.member(CodingKeys.toolCallID, toolCallID)
            writer.member(CodingKeys.reasoningContent, reasoningContent)
            writer.member(CodingKeys.refusal, refusal)
        }
    }
}

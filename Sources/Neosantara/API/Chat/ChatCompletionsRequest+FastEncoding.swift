import Foundation

extension ChatCompletionsRequest: FastEncodable {
    /// The request's JSON, written several times faster than `JSONEncoder` writes it: the writer writes the
    /// messages and scalar fields itself and hands tools, response formats and the other structured fields
    /// to `JSONEncoder`; `nil` when there is ``extraBody`` to merge, or a number JSON cannot hold.
    func encodeCommonShape() -> Data? {
        guard extraBody.isEmpty else { return nil }
        var writer = JSONByteWriter(capacity: 256)
        do throws(JSONByteWriter.Unsupported) {
            try writer.object { writer throws(JSONByteWriter.Unsupported) in
                writer.key("model")
                writer.string(model)
                writer.key("messages")
                try writer.array(messages) { writer, message throws(JSONByteWriter.Unsupported) in
                    try message.encodeCommonShape(to: &writer)
                }
                try writeOptions(to: &writer)
            }
        } catch {
            return nil
        }
        return Data(writer.bytes)
    }

    /// Writes the fields that are set, after the model and messages.
    private func writeOptions(to writer: inout JSONByteWriter) throws(JSONByteWriter.Unsupported) {
        try writer.member("temperature", temperature)
        try writer.member("top_p", topP)
        writer.member("n", n)
        try writer.member("stop", encoding: stop)
        writer.member("max_tokens", maxTokens)
        writer.member("max_completion_tokens", maxCompletionTokens)
        writer.member("stream", stream)
        try writer.member("stream_options", encoding: streamOptions)
        try writer.member("presence_penalty", presencePenalty)
        try writer.member("frequency_penalty", frequencyPenalty)
        writer.member("seed", seed)
        writer.member("user", user)
        writer.member("logprobs", logprobs)
        writer.member("top_logprobs", topLogprobs)
        try writer.member("logit_bias", encoding: logitBias)
        try writer.member("response_format", encoding: responseFormat)
        try writer.member("tools", encoding: tools)
        try writer.member("tool_choice", encoding: toolChoice)
        writer.member("parallel_tool_calls", parallelToolCalls)
        writer.member("reasoning_effort", reasoningEffort?.rawValue)
        try writer.member("reasoning", encoding: reasoning)
        try writer.member("metadata", encoding: metadata)
        writer.member("top_k", topK)
        try writer.member("min_p", minP)
        try writer.member("repetition_penalty", repetitionPenalty)
    }
}

extension ChatMessage {
    /// Writes the message as `encode(to:)` does.
    fileprivate func encodeCommonShape(to writer: inout JSONByteWriter) throws(JSONByteWriter.Unsupported) {
        try writer.object { writer throws(JSONByteWriter.Unsupported) in
            writer.key("role")
            writer.string(role.rawValue)
            writer.key("content")
            switch content {
            case .text(let text): writer.string(text)
            case .parts(let parts): try writer.encoded(parts)
            case nil: writer.null()
            }
            writer.member("name", name)
            try writer.member("tool_calls", encoding: toolCalls)
            writer.member("tool_call_id", toolCallID)
            writer.member("reasoning_content", reasoningContent)
            writer.member("refusal", refusal)
        }
    }
}

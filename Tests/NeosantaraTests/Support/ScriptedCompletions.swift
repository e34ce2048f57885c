import Neosantara
import NeosantaraTesting

/// A completion whose answer is `content`, or a refusal, as the test server's next reply.
func completion(content: String?, refusal: String? = nil, finishReason: FinishReason = .stop) -> ScriptedReply {
    completion(ChatCompletionMessage(content: content, refusal: refusal), finishReason: finishReason)
}

/// A completion in which the model calls tools, as the test server's next reply.
func toolCallCompletion(_ calls: [(id: String, name: String, arguments: String)]) -> ScriptedReply {
    let toolCalls = calls.map { ToolCall(id: $0.id, function: .init(name: $0.name, arguments: $0.arguments)) }
    return completion(ChatCompletionMessage(content: nil, toolCalls: toolCalls), finishReason: .toolCalls)
}

/// A completion whose one choice has `message` and `finishReason`.
private func completion(_ message: ChatCompletionMessage, finishReason: FinishReason) -> ScriptedReply {
    .json(
        ChatCompletionsResponse(
            id: "chatcmpl-s", created: 1, model: "nusantara-base",
            choices: [ChatCompletionChoice(message: message, finishReason: finishReason)]))
}

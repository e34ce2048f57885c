/// The Anthropic-compatible API under `/anthropic/v1`: Messages, with content blocks, thinking and prompt
/// caching, and the models it offers.
///
/// ```swift
/// let message = try await client.anthropic.messages.create(
///     model: "claude-sonnet-4-6", maxTokens: 1024, messages: [.user("Apa ibu kota Indonesia?")])
/// print(message.text)
/// ```
///
/// Its calls send the key as `x-api-key` and as a bearer `Authorization` header, with `anthropic-version`
/// (``NeosantaraClient/Configuration/anthropicVersion``), to
/// ``NeosantaraClient/Configuration/effectiveAnthropicBaseURL``. Errors, retries, timeouts, logs and metrics
/// are those of every other call.
public struct Anthropic: Sendable {
    let executor: RequestExecutor

    /// `POST /messages` and `POST /messages/count_tokens`.
    public var messages: Messages { Messages(executor: executor) }
    /// `GET /models` and `GET /models/{id}`, in Anthropic's shape.
    public var models: AnthropicModels { AnthropicModels(executor: executor) }
}

/// The chat operations of a ``NeosantaraClient``.
public struct Chat: Sendable {
    let executor: RequestExecutor

    /// Chat completions: `POST /chat/completions`.
    public var completions: ChatCompletions { ChatCompletions(executor: executor, path: "/chat/completions") }
}

import ArgumentParser

/// Which API `neosantara chat` talks through.
enum ChatAPI: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Chat completions, `POST /v1/chat/completions`.
    case chat
    /// The Responses API, `POST /v1/responses`.
    case responses
    /// The Anthropic-compatible Messages API, `POST /anthropic/v1/messages`.
    case messages
}

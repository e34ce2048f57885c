import ArgumentParser

/// Which API `neosantara chat` talks through.
enum ChatAPI: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Chat completions, `POST /v1/chat/completions`.
    case chat
    /// The Anthropic-compatible Messages API, `POST /anthropic/v1/messages`.
    case messages
}

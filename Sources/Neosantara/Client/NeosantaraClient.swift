import Foundation

/// A client for the Neosantara AI API and any other OpenAI-compatible server.
///
/// ```swift
/// let client = NeosantaraClient()   // the key comes from NEOSANTARA_API_KEY
/// let reply = try await client.chat.completions.create(
///     model: "nusantara-base",
///     messages: [.system("Jawab singkat."), .user("Apa ibu kota Indonesia?")])
/// print(reply.choices.first?.message.content ?? "")
/// ```
///
/// The client is a small `Sendable` value: share it freely between tasks. Its operations are grouped as
/// the API groups them: ``chat``, ``reasoning``, ``responses``, ``embeddings``, ``models``, ``moderations``,
/// ``files``, ``batches``, ``images``, ``audio``, ``ocr``, ``mcp``, ``authentication``, and ``anthropic``, the
/// Anthropic-compatible Messages API. Every operation throws ``NeosantaraError``.
public struct NeosantaraClient: Sendable {
    /// The SDK's version, sent in the `User-Agent` header.
    public static let version = "0.1.0"

    /// The `User-Agent` header the SDK sends.
    public static let userAgent: String = {
        #if os(Linux)
            let system = "Linux"
        #elseif os(macOS)
            let system = "macOS"
        #elseif os(iOS)
            let system = "iOS"
        #elseif os(Windows)
            let system = "Windows"
        #else
            let system = "other"
        #endif
        return "swift-neosantara/\(version) (\(system); Swift)"
    }()

    /// The configuration the client was created with.
    public var configuration: NeosantaraClient.Configuration { executor.configuration }

    let executor: RequestExecutor
    /// The executor of the Anthropic-compatible API, at its own base URL.
    let anthropicExecutor: RequestExecutor

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - configuration: Key, server, headers and limits; see ``Configuration`` for the defaults.
    ///   - transport: How requests are sent; ``AsyncHTTPClientTransport`` over the shared `HTTPClient`
    ///     by default.
    public init(
        configuration: Configuration = Configuration(), transport: any HTTPTransport = AsyncHTTPClientTransport()
    ) {
        executor = RequestExecutor(configuration: configuration, transport: transport)
        anthropicExecutor = executor.anthropic()
    }

    /// Creates a client with a key and, optionally, another server.
    ///
    /// - Parameters:
    ///   - apiKey: The API key, for example `"nsk_…"`.
    ///   - baseURL: The server, for example `http://127.0.0.1:8080/v1`; the real API when `nil`.
    public init(apiKey: String, baseURL: URL? = nil) {
        self.init(configuration: Configuration(apiKey: APIKey(apiKey), baseURL: baseURL))
    }

    /// Chat completions.
    public var chat: Chat { Chat(executor: executor) }
    /// Reasoning completions: `POST /reasoning`, the legacy endpoint with the same request and response as chat
    /// completions, streamed, parsed and with tools as they are.
    public var reasoning: ChatCompletions { ChatCompletions(executor: executor, path: "/reasoning") }
    /// Embeddings.
    public var embeddings: Embeddings { Embeddings(executor: executor) }
    /// The models the server offers.
    public var models: Models { Models(executor: executor) }
    /// Content moderation.
    public var moderations: Moderations { Moderations(executor: executor) }
    /// Files: uploads and downloads, such as the input of a batch.
    public var files: Files { Files(executor: executor) }
    /// Batches: files of requests the server runs on its own time.
    public var batches: Batches { Batches(executor: executor) }
    /// Audio transcription.
    public var audio: Audio { Audio(executor: executor) }
    /// Text recognition in images.
    public var ocr: OCR { OCR(executor: executor) }
    /// The gateway's web audits for MCP clients.
    public var mcp: MCP { MCP(executor: executor) }
    /// Video generation jobs.
    public var videos: Videos { Videos(executor: executor) }
    /// Typed questions about a state, answered by an evaluation model.
    public var evaluations: Evaluations { Evaluations(executor: executor) }
    /// Image generation.
    public var images: Images { Images(executor: executor) }
    /// The Responses API: typed items, stored conversations, background responses and streamed events.
    public var responses: Responses { Responses(executor: executor) }
    /// The Anthropic-compatible API: Messages, token counts and models, at
    /// ``Configuration/effectiveAnthropicBaseURL``.
    public var anthropic: Anthropic { Anthropic(executor: anthropicExecutor) }
    /// The API key's status and usage.
    public var authentication: Authentication { Authentication(executor: executor) }
}

extension NeosantaraClient: CustomStringConvertible {
    /// The server the client talks to; never the key.
    public var description: String {
        "NeosantaraClient(baseURL: \(configuration.baseURL), apiKey: \(configuration.apiKey == nil ? "none" : "redacted"))"
    }
}

import Foundation
import ArgumentParser
import Neosantara

/// `neosantara chat`: one streamed reply, or an interactive session.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with a model: one reply, streamed as it arrives, or an interactive session.",
        discussion: """
            The prompt comes from the arguments or, when there are none and standard input is not a terminal,
            from standard input. With neither, on a terminal, chat starts an interactive session: /reset clears
            the conversation, /model NAME switches models, /exit or Ctrl-D leaves, Ctrl-C stops a reply.

            Examples:
              neosantara chat --local "Halo! Apa kabar?"
              neosantara chat --model nusantara-base --system "Jawab singkat." "Apa ibu kota Indonesia?"
              neosantara chat --image ktp.jpg "Apa isi gambar ini?"
              neosantara chat --api responses --background "Tulis laporan panjang"
              cat catatan.txt | neosantara chat --system "Ringkas teks ini." --verbose
              neosantara chat --api messages --model claude-sonnet-4-6 "Halo!"

            With --api messages the reply comes through the Anthropic-compatible Messages API, and --base-url
            names its base (default: the gateway's /anthropic/v1); --reasoning asks for and shows thinking.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The prompt. Default: standard input, or an interactive session on a terminal.")
    var prompt: [String] = []

    @Option(
        help: ArgumentHelp(
            "The API to chat through: chat (chat completions), responses (the Responses API) or messages "
                + "(the Anthropic-compatible Messages API).",
            valueName: "api"))
    var api: ChatAPI = .chat

    @Option(help: "The model.")
    var model = "nusantara-base"

    @Option(help: "A system message that comes first in the conversation.")
    var system: String?

    @Option(help: "Sampling temperature, 0 to 2.")
    var temperature: Double?

    @Option(help: "The most tokens to generate.")
    var maxTokens: Int?

    @Flag(help: "Wait for the whole reply instead of streaming it.")
    var noStream = false

    @Flag(help: "Print the whole response object as JSON instead of the reply's text.")
    var json = false

    @Flag(help: "Show the model's reasoning text (dimmed on a terminal).")
    var reasoning = false

    @Option(
        help: ArgumentHelp(
            "An image for vision models: a file (sent as a data URL) or a URL. Repeatable.",
            valueName: "path-or-url"))
    var image: [String] = []

    @Flag(name: .shortAndLong, help: "Print tokens, time to first token and total time on standard error.")
    var verbose = false

    @Flag(help: "With --api responses: queue the response in the background and wait for it.")
    var background = false

    func validate() throws {
        let temperatureRange = api == .messages ? 0.0...1.0 : 0.0...2.0
        if let temperature, !temperatureRange.contains(temperature) {
            throw ValidationError(
                "--temperature must be between 0 and \(Int(temperatureRange.upperBound))\(api == .messages ? " with --api messages" : "")"
            )
        }
        if let maxTokens, maxTokens < 1 {
            throw ValidationError("--max-tokens must be at least 1")
        }
        if background && api != .responses {
            throw ValidationError("--background needs --api responses")
        }
    }

    func run() async throws {
        let settings = ChatSettings(
            model: model, temperature: temperature, maxTokens: maxTokens, stream: !noStream, json: json,
            showReasoning: reasoning, verbose: verbose, api: api)
        var text = prompt.joined(separator: " ")
        if text.isEmpty && !Terminal.inputIsTerminal {
            text = Terminal.readAllInput().trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                throw ValidationError("standard input is empty; give a prompt as an argument or on standard input")
            }
        }
        let promptText = text
        let images = try image.map(ImageInput.url(for:))
        let systemMessages: [ChatMessage] = system.map { [.system($0)] } ?? []
        let interrupts = Interrupts()
        if api == .responses {
            return try await runResponses(
                prompt: promptText, images: images, settings: settings, interrupts: interrupts)
        }
        try await global.withClient(baseURLNamesAnthropic: api == .messages) { client in
            let turn = ChatTurn(client: client, settings: settings)
            if promptText.isEmpty {
                var session = ChatSession(turn: turn, systemMessages: systemMessages, interrupts: interrupts)
                try await session.run()
                return
            }
            let content: MessageContent =
                images.isEmpty ? .text(promptText) : .parts([.text(promptText)] + images.map { .image(url: $0) })
            let messages = systemMessages + [ChatMessage(role: .user, content: content)]
            _ = try await interrupts.cancellable { try await turn.reply(to: messages) }
        }
    }
}

import ArgumentParser
import Foundation
import Neosantara

/// `neosantara`: the Neosantara AI API from the terminal.
@main
struct NeosantaraCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neosantara",
        abstract: "Chat with Neosantara AI models, and call the rest of the API, from the terminal.",
        discussion: """
            Examples:
              neosantara chat --local "Halo! Apa kabar?"     try it with the built-in server: no key, no network
              neosantara chat "Apa ibu kota Indonesia?"      needs NEOSANTARA_API_KEY
              echo "Ringkas teks ini" | neosantara chat --model nusantara-base
              neosantara chat                                an interactive session
              neosantara models --capability embeddings
              neosantara embed "selamat pagi" "good morning" --json
              neosantara files upload tickets.jsonl --purpose batch
              neosantara batch create --input-file FILE_ID --endpoint /v1/chat/completions --wait
              neosantara serve --port 8080                   a local OpenAI-compatible server

            NEOSANTARA_DEBUG=1 logs each request to standard error (NEOSANTARA_DEBUG=trace adds headers and
            bodies); the API key is never shown.

            Exit codes: 0 success, 1 API or network error, 2 usage error, 130 interrupted.
            """,
        version: NeosantaraClient.version,
        subcommands: [
            ChatCommand.self, ModelsCommand.self, EmbedCommand.self, ModerateCommand.self, KeyCommand.self,
            FilesCommand.self, BatchCommand.self, ServeCommand.self,
            ImageCommand.self, TranscribeCommand.self, OCRCommand.self, VideoCommand.self, EvaluateCommand.self,
            WebhooksCommand.self,
        ]
    )

    /// Runs the command, with the exit codes the tool documents.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as NeosantaraError {
            Terminal.note("neosantara: " + ErrorReport.line(for: error))
            Foundation.exit(error.kind == .cancelled ? ExitStatus.interrupted : ExitStatus.failure)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.note(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

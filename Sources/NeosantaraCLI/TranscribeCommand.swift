import ArgumentParser
import Foundation
import Neosantara

/// `neosantara transcribe`: the text of an audio file.
struct TranscribeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcribe",
        abstract: "Transcribe an audio file (mp3, m4a, wav, webm, ogg, flac; at most 25 MiB).",
        discussion: "Example: neosantara transcribe rapat.mp3 --language id --format verbose_json")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The audio file.")
    var file: String

    @Option(help: "The spoken language, ISO-639-1 (id, en, jv…). Default: detected.")
    var language: String?

    @Option(help: "Text to guide the model, such as names it will hear.")
    var prompt: String?

    @Option(help: "text (the default here: the text alone), json or verbose_json (segments with times).")
    var format = "text"

    @Option(help: "The sampling temperature, 0 to 1.")
    var temperature: Double?

    @Option(help: "The model.")
    var model = TranscriptionRequest.defaultModel

    func validate() throws {
        guard ["text", "json", "verbose_json"].contains(format) else {
            throw ValidationError("--format must be text, json or verbose_json")
        }
    }

    func run() async throws {
        let request = TranscriptionRequest(
            file: AudioFile(URL(fileURLWithPath: file)), model: model, language: language, prompt: prompt,
            responseFormat: TranscriptionResponseFormat(rawValue: format), temperature: temperature)
        let response = try await global.withClient { client in
            try await client.audio.transcriptions.create(request)
        }
        if format == "text" {
            Terminal.write(response.text + (response.text.hasSuffix("\n") ? "" : "\n"))
        } else {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
        }
    }
}

import ArgumentParser
import Foundation
import Neosantara

/// `neosantara ocr`: the text in an image file or at a URL.
struct OCRCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocr",
        abstract: "Read the text in an image: a local file (sent as base64) or an http(s) URL.",
        discussion: "Example: neosantara ocr ktp.jpg --prompt \"Ambil NIK saja.\"")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The image: a file path or an http(s) URL.")
    var image: String

    @Option(help: "What to extract, in words.")
    var prompt: String?

    @Option(help: "The OCR model.")
    var model = OCRRequest.defaultModel

    @Flag(help: "Print the whole response as JSON.")
    var json = false

    func run() async throws {
        let isURL = image.lowercased().hasPrefix("http://") || image.lowercased().hasPrefix("https://")
        let request =
            isURL
            ? OCRRequest(imageURL: image, model: model, prompt: prompt)
            : try OCRRequest(imageFile: URL(fileURLWithPath: image), model: model, prompt: prompt)
        let response = try await global.withClient { client in
            try await client.ocr.create(request)
        }
        if json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
        } else {
            Terminal.write((response.extractedText ?? "") + "\n")
        }
    }
}

import Foundation
import ArgumentParser
import Neosantara

/// `neosantara embed`: embedding vectors for one or more texts.
struct EmbedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Compute embedding vectors for texts.",
        discussion: "Example: neosantara embed \"selamat pagi\" \"good morning\" --json")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The texts to embed.")
    var texts: [String]

    @Option(help: "The embedding model.")
    var model = "gemini-embedding-001"

    @Option(help: "The number of dimensions, for models that can shorten their vectors.")
    var dimensions: Int?

    @Flag(help: "Print the response as JSON.")
    var json = false

    func validate() throws {
        guard !texts.isEmpty else { throw ValidationError("give at least one text to embed") }
    }

    func run() async throws {
        let response = try await global.withClient { client in
            try await client.embeddings.create(
                model: model, input: texts.count == 1 ? .single(texts[0]) : .multiple(texts), dimensions: dimensions)
        }
        if json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
            return
        }
        for (index, vector) in response.vectors.enumerated() {
            let preview = vector.prefix(4).map { String(format: "%.4f", $0) }.joined(separator: ", ")
            let text = texts.indices.contains(index) ? texts[index] : ""
            Terminal.write(
                "\(index)\t\(vector.count) dimensions\t[\(preview)\(vector.count > 4 ? ", …" : "")]\t\(text)\n")
        }
    }
}

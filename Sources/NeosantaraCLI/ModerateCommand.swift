import ArgumentParser
import Neosantara

/// `neosantara moderate`: whether texts break the content policy.
struct ModerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moderate",
        abstract: "Check texts against the content policy.",
        discussion: "Example: neosantara moderate \"teks yang ingin diperiksa\"")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The texts to check.")
    var texts: [String]

    @Option(help: "The moderation model. Default: the server's.")
    var model: String?

    @Flag(help: "Print the response as JSON.")
    var json = false

    func validate() throws {
        guard !texts.isEmpty else { throw ValidationError("give at least one text to check") }
    }

    func run() async throws {
        let response = try await global.withClient { client in
            try await client.moderations.create(
                input: texts.count == 1 ? .single(texts[0]) : .multiple(texts), model: model)
        }
        if json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
            return
        }
        for (index, result) in response.results.enumerated() {
            let verdict =
                result.flagged
                ? "flagged: " + result.flaggedCategories.map(\.rawValue).joined(separator: ", ") : "ok"
            let text = texts.indices.contains(index) ? texts[index] : ""
            Terminal.write("\(index)\t\(verdict)\t\(text)\n")
        }
    }
}

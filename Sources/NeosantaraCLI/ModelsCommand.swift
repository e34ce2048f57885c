import ArgumentParser
import Neosantara

/// `neosantara models`: the models the API offers, as a table or JSON.
struct ModelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the available models.",
        discussion: "Example: neosantara models --capability embeddings")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only models with this capability: chat, embeddings, image_generation, web_search, function_calling.")
    var capability: String?

    @Option(help: "Only models from this provider.")
    var provider: String?

    @Flag(help: "Include deprecated models.")
    var includeDeprecated = false

    @Flag(help: "Print the response as JSON.")
    var json = false

    func run() async throws {
        let response = try await global.withClient { client in
            try await client.models.list(
                provider: provider, capability: capability.map(ModelCapability.init(rawValue:)),
                includeDeprecated: includeDeprecated ? true : nil)
        }
        if json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
            return
        }
        let rows = response.data.map { model in
            [
                model.id,
                model.ownedBy ?? "",
                (model.capabilities ?? []).map(\.rawValue).joined(separator: ","),
                model.maxTokens.map(String.init) ?? "",
            ]
        }
        Terminal.write(TextTable.render(header: ["MODEL", "OWNER", "CAPABILITIES", "MAX TOKENS"], rows: rows))
    }
}

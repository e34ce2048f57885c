import ArgumentParser
import Neosantara

/// The `neosantara` command: the Neosantara AI API from a terminal.
@main
struct NeosantaraCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neosantara",
        abstract: "Use the Neosantara AI API from the command line.",
        version: NeosantaraClient.version,
        subcommands: [ServeCommand.self]
    )
}

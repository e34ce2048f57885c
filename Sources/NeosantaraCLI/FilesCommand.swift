import ArgumentParser
import Foundation
import Neosantara

/// `neosantara files`: upload, list, describe, delete and download files.
struct FilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "files",
        abstract: "Upload, list, describe, delete and download files, such as a batch's input and results.",
        discussion: """
            Examples:
              neosantara files upload tickets.jsonl --purpose batch     prints the file id (--json: the object)
              neosantara files list --purpose batch
              neosantara files download FILE_ID -o results.jsonl
            """,
        subcommands: [Upload.self, List.self, Get.self, Delete.self, Download.self])

    /// `neosantara files upload`.
    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Upload a file and print its id.",
            discussion: "A file of purpose batch is checked line by line first; a bad line fails with its number.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The file to upload.")
        var path: String

        @Option(help: "What the file is for: batch, assistants, vision, user_data or another purpose.")
        var purpose = "batch"

        @Flag(help: "Print the stored file as JSON instead of its id.")
        var json = false

        func run() async throws {
            let url = URL(fileURLWithPath: path)
            if purpose == FilePurpose.batch.rawValue {
                let input = try BatchInputSummary(checking: url)
                Terminal.note(
                    "neosantara: \(input.requestCount) request(s) for \(input.endpoint?.rawValue ?? "?"), "
                        + "\(input.byteCount) bytes")
            }
            let file = try await global.withClient { client in
                try await client.files.upload(url, purpose: FilePurpose(rawValue: purpose)).value
            }
            Terminal.write(json ? try JSONOutput.string(file) + "\n" : file.id + "\n")
        }
    }
}

import ArgumentParser
import Foundation
import NIOCore
import Neosantara

extension FilesCommand {
    /// `neosantara files list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored files, newest first.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "Only files with this purpose.")
        var purpose: String?

        @Option(help: "The most files to list.")
        var limit: Int?

        @Flag(help: "Print the files as a JSON array.")
        var json = false

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() async throws {
            let files = try await global.withClient { client in
                var files: [FileObject] = []
                for try await file in client.files.list(purpose: purpose.map(FilePurpose.init(rawValue:))) {
                    files.append(file)
                    if let limit, files.count >= limit { break }
                }
                return files
            }
            if json {
                Terminal.write(try JSONOutput.string(files) + "\n")
                return
            }
            let rows = files.map { file in
                [
                    file.id, file.purpose?.rawValue ?? "", file.bytes.map(String.init) ?? "",
                    file.createdAt.map(TextTable.date) ?? "", file.filename ?? "",
                ]
            }
            Terminal.write(TextTable.render(header: ["ID", "PURPOSE", "BYTES", "CREATED", "FILENAME"], rows: rows))
        }
    }

    /// `neosantara files get`.
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Describe a stored file, as JSON.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The file's id.")
        var id: String

        func run() async throws {
            let file = try await global.withClient { client in try await client.files.retrieve(id).value }
            Terminal.write(try JSONOutput.string(file) + "\n")
        }
    }

    /// `neosantara files delete`.
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a stored file.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The file's id.")
        var id: String

        func run() async throws {
            let deletion = try await global.withClient { client in try await client.files.delete(id).value }
            Terminal.write(deletion.deleted ? "deleted \(deletion.id)\n" : "not deleted: \(deletion.id)\n")
        }
    }

    /// `neosantara files download`.
    struct Download: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save a stored file's content, to a file or to standard output.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The file's id.")
        var id: String

        @Option(name: [.short, .customLong("output")], help: "Where to save it; standard output when not given.")
        var output: String?

        func run() async throws {
            try await global.withClient { client in
                guard let output else {
                    for try await chunk in try await client.files.content(id) {
                        FileHandle.standardOutput.write(Data(chunk.readableBytesView))
                    }
                    return
                }
                let saved = try await client.files.download(id, to: URL(fileURLWithPath: output))
                Terminal.note("neosantara: saved \(saved.value.byteCount) bytes to \(output)")
            }
        }
    }
}

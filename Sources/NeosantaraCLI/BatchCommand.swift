import ArgumentParser
import Foundation
import Neosantara

/// `neosantara batch`: create, list, describe, cancel and wait for batches.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Create, list, describe, cancel and wait for batches of requests.",
        discussion: """
            Examples:
              neosantara batch create --input-file FILE_ID --endpoint /v1/chat/completions --wait
              neosantara batch list
              neosantara batch wait BATCH_ID
              neosantara batch run requests.jsonl -o results.jsonl --state job.json
            """,
        subcommands: [Create.self, List.self, Get.self, Cancel.self, Wait.self, Run.self])

    /// `neosantara batch create`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a batch from an uploaded input file, and print its id.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The id of the uploaded JSONL input file (neosantara files upload … --purpose batch).")
        var inputFile: String

        @Option(help: "The endpoint every line calls, such as /v1/chat/completions or /v1/embeddings.")
        var endpoint: String

        @Option(help: "How long the server has to finish.")
        var completionWindow = "24h"

        @Option(name: .customLong("metadata"), help: "A KEY=VALUE pair to keep with the batch; repeatable.")
        var metadata: [String] = []

        @Flag(help: "Wait until the batch ends, showing its progress on standard error.")
        var wait = false

        @Option(help: "With --wait: seconds between the first fetches; later waits grow up to 30 seconds.")
        var interval: Double = 1

        @Flag(help: "Print the batch as JSON instead of its id.")
        var json = false

        func validate() throws {
            _ = try pairs()
            guard interval > 0 else { throw ValidationError("--interval must be more than 0") }
        }

        private func pairs() throws -> [String: String]? {
            guard !metadata.isEmpty else { return nil }
            var pairs: [String: String] = [:]
            for pair in metadata {
                guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                    throw ValidationError("--metadata takes KEY=VALUE, got \"\(pair)\"")
                }
                pairs[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            return pairs
        }

        func run() async throws {
            let metadata = try pairs()
            let batch = try await global.withClient { client in
                let created = try await client.batches.create(
                    inputFileID: inputFile, endpoint: BatchEndpoint(rawValue: endpoint),
                    completionWindow: BatchCompletionWindow(rawValue: completionWindow), metadata: metadata
                ).value
                guard wait else { return created }
                return try await BatchProgress.wait(
                    for: created.id, client: client, interval: .milliseconds(Int(interval * 1000)))
            }
            Terminal.write(json ? try JSONOutput.string(batch) + "\n" : batch.id + "\n")
            try BatchProgress.requireSuccess(batch, waited: wait)
        }
    }
}

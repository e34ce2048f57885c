import ArgumentParser
import Foundation
import Neosantara

extension BatchCommand {
    /// `neosantara batch list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the batches, newest first.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The most batches to list.")
        var limit: Int?

        @Flag(help: "Print the batches as a JSON array.")
        var json = false

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() async throws {
            let batches = try await global.withClient { client in
                var batches: [Batch] = []
                for try await batch in client.batches.list() {
                    batches.append(batch)
                    if let limit, batches.count >= limit { break }
                }
                return batches
            }
            if json {
                Terminal.write(try JSONOutput.string(batches) + "\n")
                return
            }
            let rows = batches.map { batch in
                [
                    batch.id, batch.status.rawValue, batch.endpoint.rawValue, BatchProgress.counts(batch),
                    batch.createdAt.map(TextTable.date) ?? "",
                ]
            }
            Terminal.write(
                TextTable.render(header: ["ID", "STATUS", "ENDPOINT", "DONE/FAILED/TOTAL", "CREATED"], rows: rows))
        }
    }

    /// `neosantara batch get`.
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Describe a batch, as JSON.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The batch's id.")
        var id: String

        func run() async throws {
            let batch = try await global.withClient { client in try await client.batches.retrieve(id).value }
            Terminal.write(try JSONOutput.string(batch) + "\n")
        }
    }

    /// `neosantara batch cancel`.
    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel a batch; the requests that already ran keep their results.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The batch's id.")
        var id: String

        func run() async throws {
            let batch = try await global.withClient { client in try await client.batches.cancel(id).value }
            Terminal.write("\(batch.id) \(batch.status)\n")
        }
    }

    /// `neosantara batch wait`.
    struct Wait: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Wait until a batch ends, showing its progress on standard error.",
            discussion: "Exits 0 when the batch completed, 1 when it failed, expired or was cancelled.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The batch's id.")
        var id: String

        @Option(help: "Seconds between the first fetches; later waits grow up to 30 seconds.")
        var interval: Double = 1

        @Flag(help: "Print the ended batch as JSON.")
        var json = false

        func validate() throws {
            guard interval > 0 else { throw ValidationError("--interval must be more than 0") }
        }

        func run() async throws {
            let batch = try await global.withClient { client in
                try await BatchProgress.wait(for: id, client: client, interval: .milliseconds(Int(interval * 1000)))
            }
            Terminal.write(json ? try JSONOutput.string(batch) + "\n" : "\(batch.id) \(batch.status)\n")
            try BatchProgress.requireSuccess(batch, waited: true)
        }
    }
}

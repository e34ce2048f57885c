import ArgumentParser
import Foundation
import Neosantara

extension BatchCommand {
    /// `neosantara batch run`: a JSONL file of requests in, a JSONL file of results out.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Upload, create, wait and download: run a JSONL file of requests and write one result per line.",
            discussion: """
                The input is the gateway's own format: one {"custom_id", "method", "url", "body"} per line, for
                /v1/chat/completions or /v1/embeddings. Each output line is {"custom_id", "response", "error"}:
                the response body, or the error as the API gave it. With --state the job records its progress,
                and running the same command again resumes it. Exits 1 when a request failed.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The JSONL file of requests.")
        var input: String

        @Option(name: [.short, .customLong("output")], help: "Where to write the results, one JSON line each.")
        var output: String

        @Option(help: "The job's state file, to resume with; by default beside the output, <output>.state.json.")
        var state: String?

        @Option(help: "The most requests per batch; more are sharded into several batches.")
        var maxRequestsPerBatch = BatchLimits.default.maximumRequests

        @Option(help: "Seconds between the first polls of each batch.")
        var interval: Double = 1

        func validate() throws {
            guard maxRequestsPerBatch > 0 else { throw ValidationError("--max-requests-per-batch must be positive") }
            guard interval > 0 else { throw ValidationError("--interval must be more than 0") }
        }

        func run() async throws {
            let summary = try BatchInputSummary(checking: URL(fileURLWithPath: input))
            let requests = try BatchRequestFile.read(URL(fileURLWithPath: input), endpoint: summary.endpoint)
            let stateFile = URL(fileURLWithPath: state ?? output + ".state.json")
            let options = BatchRunOptions(
                limits: BatchLimits(maximumRequests: maxRequestsPerBatch),
                polling: PollingOptions(initialInterval: .milliseconds(Int(interval * 1000))))
            let reporter = BatchProgress.JobReporter()
            let results = try await global.withClient { client in
                try await client.batches.run(
                    requests, as: JSONValue.self, stateFile: stateFile, options: options
                ) { progress in reporter.report(progress) }
            }
            reporter.end()
            var text = ""
            var failed = 0
            for request in requests {
                guard let result = results[request.customID] else { continue }
                text += BatchRequestFile.resultLine(result) + "\n"
                if result.error != nil { failed += 1 }
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            Terminal.note("neosantara: \(requests.count - failed) succeeded, \(failed) failed; results in \(output)")
            if failed > 0 { throw ExitCode(ExitStatus.failure) }
        }
    }
}

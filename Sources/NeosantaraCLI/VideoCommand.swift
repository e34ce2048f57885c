import ArgumentParser
import Foundation
import NIOCore
import Neosantara

/// `neosantara video`: make a video, wait for it, and save it.
struct VideoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "video",
        abstract: "Generate a video, wait for it (a progress bar on a terminal), and save it.",
        discussion: """
            Example: neosantara video "sunrise over Bromo" -o bromo.mp4 --seconds 9
            Without -o the video is saved as <job id>.mp4 here; the path is printed.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to film.")
    var prompt: String

    @Option(name: .shortAndLong, help: "The file to write; '-' for standard output (not a terminal).")
    var output: String?

    @Option(help: "The size, such as 1280x720 (the server's default).")
    var size: String?

    @Option(help: "The length in seconds, such as 5 (the server's default) or 9.")
    var seconds: String?

    @Option(help: "The video model.")
    var model = "veo-3"

    @Option(help: "Seconds between two checks of the job, growing by half each time up to 30.")
    var pollInterval: Double = 1

    @Flag(help: "Print the finished job as JSON instead of saving the video.")
    var json = false

    func validate() throws {
        if !json {
            try BinaryOutput(path: output).validate()
        }
        guard pollInterval > 0 else { throw ValidationError("--poll-interval must be a positive number of seconds") }
    }

    func run() async throws {
        let request = VideoRequest(model: model, prompt: prompt, size: size, seconds: seconds)
        let output = BinaryOutput(path: output)
        let json = json
        let polling = PollingOptions(initialInterval: .milliseconds(Int64(pollInterval * 1000)))
        let line: String? = try await global.withClient { client -> String? in
            let video = try await client.videos.createAndWait(request, polling: polling) { job in
                guard Terminal.errorIsTerminal else { return }
                let filled = Int(job.progress / 5)
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: max(0, 20 - filled))
                FileHandle.standardError.write(Data("\r[\(bar)] \(Int(job.progress))% \(job.status)   ".utf8))
            }
            if Terminal.errorIsTerminal { Terminal.note("") }
            if json {
                return try JSONOutput.string(video.value)
            }
            if output.toStandardOutput {
                for try await chunk in try await client.videos.content(video.id) {
                    FileHandle.standardOutput.write(Data(chunk.readableBytesView))
                }
                return nil
            }
            let destination = output.destination(index: 0, count: 1, defaultName: "\(video.id).mp4")
            try await client.videos.download(video.id, to: destination)
            return destination.path
        }
        if let line {
            Terminal.write(line + "\n")
        }
    }
}

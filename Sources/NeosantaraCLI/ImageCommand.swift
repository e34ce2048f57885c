import ArgumentParser
import Foundation
import Neosantara

/// `neosantara image`: generate images and save them as files.
struct ImageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image",
        abstract: "Generate images from a prompt and save them.",
        discussion: """
            Example: neosantara image "batik pattern, blue" -o batik.png --size 512x512 -n 2
            Without -o the images are saved as image-<created>-<n>.png here; the paths are printed.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to draw.")
    var prompt: String

    @Option(
        name: .shortAndLong,
        help: "The file to write; numbered when -n is more than 1; '-' for standard output (not a terminal).")
    var output: String?

    @Option(help: "The size, WIDTHxHEIGHT. Default: the server's (1024x1024).")
    var size: String?

    @Option(name: .short, help: "How many images, 1 to 4.")
    var n: Int?

    @Option(help: "The image model.")
    var model = "neosantara-gen-2045"

    @Flag(help: "Print the response as JSON instead of saving files.")
    var json = false

    func validate() throws {
        if !json {
            try BinaryOutput(path: output).validate(count: n ?? 1)
        }
    }

    func run() async throws {
        let request = ImageGenerationRequest(model: model, prompt: prompt, n: n, size: size)
        let output = BinaryOutput(path: output)
        let json = json
        let saved = try await global.withClient { client in
            let response = try await client.images.generate(request)
            if json {
                return [try JSONOutput.string(response.value)]
            }
            var lines: [String] = []
            let count = response.data.count
            for (index, image) in response.data.enumerated() {
                if output.toStandardOutput {
                    FileHandle.standardOutput.write(try await client.images.data(of: image))
                    continue
                }
                let destination = output.destination(
                    index: index, count: count, defaultName: "image-\(response.created)-\(index + 1).png")
                try await client.images.download(image, to: destination)
                lines.append(destination.path)
            }
            return lines
        }
        for line in saved {
            Terminal.write(line + "\n")
        }
    }
}

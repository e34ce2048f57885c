import Foundation
import Neosantara
import NeosantaraTesting
import Testing

/// The media commands of the built `neosantara` binary: image, transcribe, ocr, video, evaluate.
@Suite("The neosantara media commands", .serialized)
struct MediaCLITests {
    static let key = "nsk_cli_test_7c1e5a9b3d"

    /// The arguments that point the tool at `server` with the test key.
    func target(_ server: NeosantaraTestServer) -> [String] {
        ["--base-url", server.baseURL.absoluteString, "--api-key", Self.key]
    }

    /// Runs `body` in a new folder, removed afterwards.
    func inFolder(_ body: (URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-media-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder)
    }

    @Test("image -o saves numbered PNGs of --size and prints their paths; --json prints the response")
    func image() async throws {
        try await inFolder { folder in
            try await NeosantaraTestServer.withServer { server in
                let out = folder.appendingPathComponent("batik.png").path
                let result = try await CLIRunner.run(
                    ["image", "batik pattern, blue", "-o", out, "--size", "32x16", "-n", "2"] + target(server))
                #expect(result.status == 0, "\(result.stderr)")
                let paths = result.stdout.split(separator: "\n").map(String.init)
                #expect(paths.map { URL(fileURLWithPath: $0).lastPathComponent } == ["batik-1.png", "batik-2.png"])
                let png = try Data(contentsOf: URL(fileURLWithPath: paths[0]))
                #expect(Array(png[16..<24]) == [0, 0, 0, 32, 0, 0, 0, 16])
                #expect(server.requests.first?.json?["n"] == 2)

                let json = try await CLIRunner.run(["image", "batik", "--json", "--size", "2x2"] + target(server))
                #expect(json.status == 0)
                let response = try JSONDecoder().decode(ImagesResponse.self, from: Data(json.stdout.utf8))
                #expect(response.data.count == 1)
            }
        }
    }

    @Test("image -o - writes the PNG to a pipe; a bad size exits 1 before any request")
    func imageToStandardOutput() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await CLIRunner.run(["image", "candi", "-o", "-", "--size", "3x3"] + target(server))
            #expect(result.status == 0)
            #expect(result.stdout.hasSuffix("IEND\u{FFFD}B`\u{FFFD}"))
            #expect(result.stdout.contains("PNG\r\n\u{1A}\n\0\0\0\rIHDR"))
            let bad = try await CLIRunner.run(["image", "candi", "--size", "big"] + target(server))
            #expect(bad.status == 1)
            #expect(bad.stderr.contains("size"))
            // The generation and the fetch of its URL, and nothing for the bad size.
            #expect(server.requests.map(\.route) == [.generateImages, .imageFile])
        }
    }
}

extension MediaCLITests {
    @Test("transcribe prints the text, or the verbose JSON with --format; an unknown type exits 1 unsent")
    func transcribe() async throws {
        try await inFolder { folder in
            let audio = folder.appendingPathComponent("rapat.mp3")
            try Data(repeating: 7, count: 16_000).write(to: audio)
            try await NeosantaraTestServer.withServer { server in
                let text = try await CLIRunner.run(["transcribe", audio.path, "--language", "id"] + target(server))
                #expect(text.status == 0, "\(text.stderr)")
                #expect(text.stdout == "Transcription of rapat.mp3: 16000 bytes of audio.\n")
                let verbose = try await CLIRunner.run(
                    ["transcribe", audio.path, "--format", "verbose_json"] + target(server))
                let result = try JSONDecoder().decode(Transcription.self, from: Data(verbose.stdout.utf8))
                #expect(result.duration == 1)
                #expect(result.segments?.count == 2)
                let notes = folder.appendingPathComponent("notes.txt")
                try Data("x".utf8).write(to: notes)
                let bad = try await CLIRunner.run(["transcribe", notes.path] + target(server))
                #expect(bad.status == 1)
                #expect(bad.stderr.contains(".txt"))
                #expect(server.requests.count == 2)
            }
        }
    }
}

extension MediaCLITests {
    @Test("ocr prints the text of a local file, or the JSON response; a missing file exits 1 unsent")
    func ocr() async throws {
        try await inFolder { folder in
            let image = folder.appendingPathComponent("ktp.jpg")
            try Data([1, 2, 3]).write(to: image)
            try await NeosantaraTestServer.withServer { server in
                let text = try await CLIRunner.run(["ocr", image.path] + target(server))
                #expect(text.status == 0, "\(text.stderr)")
                #expect(text.stdout.hasPrefix("Text read from an image of 3 bytes"))
                let json = try await CLIRunner.run(["ocr", "https://example.com/a.png", "--json"] + target(server))
                #expect(json.stdout.contains("\"extracted_text\""))
                let missing = try await CLIRunner.run(
                    ["ocr", folder.appendingPathComponent("no.jpg").path] + target(server))
                #expect(missing.status == 1)
                #expect(missing.stderr.contains("does not exist"))
                #expect(server.requests.count == 2)
            }
        }
    }
}

extension MediaCLITests {
    @Test("video waits for the job and saves it, named after the job without -o; a failed job exits 1 with its error")
    func video() async throws {
        try await inFolder { folder in
            try await NeosantaraTestServer.withServer { server in
                let out = folder.appendingPathComponent("bromo.mp4").path
                let saved = try await CLIRunner.run(
                    ["video", "sunrise over Bromo", "-o", out, "--seconds", "9", "--poll-interval", "0.01"]
                        + target(server))
                #expect(saved.status == 0, "\(saved.stderr)")
                #expect(saved.stdout == out + "\n")
                #expect(try Data(contentsOf: URL(fileURLWithPath: out)).count == 9 * 4096)
                let failed = try await CLIRunner.run(
                    ["video", "fail please", "--poll-interval", "0.01"] + target(server))
                #expect(failed.status == 1)
                #expect(failed.stderr.contains("generation_failed"))
            }
        }
    }
}

extension MediaCLITests {
    @Test("evaluate reads the state file and prints each typed answer; a bad --question exits 2")
    func evaluate() async throws {
        try await inFolder { folder in
            let notes = folder.appendingPathComponent("notes.txt")
            try Data("Urgent: billing cannot refund".utf8).write(to: notes)
            try await NeosantaraTestServer.withServer { server in
                let result = try await CLIRunner.run(
                    [
                        "evaluate", "--state", notes.path, "--question", "urgent:boolean", "--question",
                        "team:enum(billing,tech)", "--question", "size:score",
                    ] + target(server))
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stdout == "urgent\ttrue\nteam\tbilling\nsize\t4\n")
                #expect(server.requests.first?.json?["questions"]?["team"]?["type"] == "choice")
                let bad = try await CLIRunner.run(
                    ["evaluate", "--state", "x", "--question", "q:essay"] + target(server))
                #expect(bad.status == 2)
                #expect(bad.stderr.contains("boolean, noul, score or enum"))
            }
        }
    }
}

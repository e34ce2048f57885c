import Foundation
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Audio transcription over loopback: a multipart upload from a file or `Data`, each response format, and the
/// checks made before anything is sent.
@Suite("Audio transcriptions")
struct TranscriptionTests {
    @Test("A file on disk is uploaded with its name and the default model; the answer is built from the upload")
    func fromFile() async throws {
        try await withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("rapat.mp3")
            try Data(patternBytes(48_000)).write(to: url)
            try await NeosantaraTestServer.withServer { server in
                let result = try await makeClient(server.baseURL).audio.transcriptions.create(file: AudioFile(url))
                #expect(result.text == "Transcription of rapat.mp3: 48000 bytes of audio.")
                let request = try #require(server.requests.first)
                #expect(request.route == .transcribeAudio)
                let body = String(decoding: request.body, as: UTF8.self)
                #expect(body.contains("name=\"model\"\r\n\r\nwhisper-large-v3-turbo\r\n"))
                #expect(body.contains("filename=\"rapat.mp3\"\r\nContent-Type: audio/mpeg\r\n"))
                #expect(request.body.count > 48_000)
            }
        }
    }

    @Test("verbose_json gives language, duration and segments; text gives the plain text; options are sent")
    func formats() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let audio = AudioFile(Data(patternBytes(32_000)), filename: "clip.wav")
            let verbose = try await client.audio.transcriptions.create(
                file: audio, language: "jv", prompt: "Bromo", responseFormat: .verboseJSON, temperature: 0.2)
            #expect(verbose.language == "jv")
            #expect(verbose.duration == 2)
            #expect(verbose.segments?.map(\.end) == [1, 2])
            #expect(verbose.text.hasSuffix("Prompt: Bromo"))
            let form = String(decoding: try #require(server.requests.first).body, as: UTF8.self)
            #expect(form.contains("name=\"temperature\"\r\n\r\n0.2\r\n"))
            #expect(form.contains("name=\"response_format\"\r\n\r\nverbose_json\r\n"))

            let plain = try await client.audio.transcriptions.create(file: audio, responseFormat: .text)
            #expect(plain.text == "Transcription of clip.wav: 32000 bytes of audio.")
            #expect(plain.headers[.contentType]?.hasPrefix("text/plain") == true)
        }
    }

    @Test("Bad audio or options fail before anything is sent, naming the field")
    func badInput() async throws {
        try await withTemporaryDirectory { folder in
            let large = folder.appendingPathComponent("long.flac")
            #expect(FileManager.default.createFile(atPath: large.path, contents: nil))
            let handle = try FileHandle(forWritingTo: large)
            try handle.truncate(atOffset: 25 * 1024 * 1024 + 1)
            try handle.close()
            try await NeosantaraTestServer.withServer { server in
                let audio = makeClient(server.baseURL).audio.transcriptions
                let cases: [(AudioFile, Double?, String, String)] = [
                    (AudioFile(large), nil, "file", "at most 26214400 bytes (25 MiB), but it is 26214401 bytes"),
                    (AudioFile(Data([1, 2]), filename: "notes.txt"), nil, "file", "unknown extension .txt"),
                    (AudioFile(Data([1, 2]), filename: "rekaman"), nil, "file", "no extension"),
                    (AudioFile(Data(), filename: "a.mp3"), nil, "file", "is empty"),
                    (AudioFile(folder.appendingPathComponent("missing.mp3")), nil, "file", "does not exist"),
                    (AudioFile(Data([1]), filename: "a.ogg"), 1.5, "temperature", "between 0.0 and 1.0, not 1.5"),
                ]
                for (file, temperature, parameter, message) in cases {
                    let error = await expectError { try await audio.create(file: file, temperature: temperature) }
                    #expect(error?.kind == .invalidRequest)
                    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
                    #expect(error?.parameter == parameter)
                }
                #expect(server.requests.isEmpty)
            }
        }
    }
}

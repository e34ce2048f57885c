import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's transcriptions: answers built from the upload, and 400s for what the API refuses.
@Suite("Audio transcription")
struct TranscriptionServerTests {
    /// A multipart body of `fields`, then a `file` part named `filename` holding `size` bytes.
    func form(_ fields: [String: String], filename: String?, size: Int) -> (String, HTTPFields) {
        var body = ""
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body += "--b\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let filename {
            body += "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n\r\n"
            body += String(repeating: "a", count: size) + "\r\n"
        }
        return (body + "--b--\r\n", [.contentType: "multipart/form-data; boundary=b"])
    }

    @Test("verbose_json has the language asked for, a duration of the size at 16 kB/s, and two segments")
    func verbose() async throws {
        try await NeosantaraTestServer.withServer { server in
            let (body, headers) = form(
                ["model": "whisper-large-v3-turbo", "response_format": "verbose_json", "language": "su"],
                filename: "a.m4a", size: 8000)
            let response = try await send(server, .post, "/v1/audio/transcriptions", body: body, headers: headers)
            #expect(response.head.status == .ok)
            #expect(response.json?["text"] == "Transcription of a.m4a: 8000 bytes of audio.")
            #expect(response.json?["language"] == "su")
            #expect(response.json?["duration"] == 0.5)
            #expect(response.json?["segments"]?[1]?["text"] == "8000 bytes of audio.")
        }
    }

    @Test(
        "What the API refuses is a 400 naming the field",
        arguments: [
            (["model": "m"], "a.exe", "file"),
            (["model": "m"], nil, "file"),
            ([:], "a.mp3", "model"),
            (["model": "m", "temperature": "3"], "a.mp3", "temperature"),
            (["model": "m", "response_format": "srt"], "a.mp3", "response_format"),
        ] as [([String: String], String?, String)])
    func refusals(fields: [String: String], filename: String?, parameter: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            let (body, headers) = form(fields, filename: filename, size: 10)
            let response = try await send(server, .post, "/v1/audio/transcriptions", body: body, headers: headers)
            #expect(response.head.status == .badRequest)
            #expect(response.json?["error"]?["param"]?.stringValue == parameter)
        }
    }
}

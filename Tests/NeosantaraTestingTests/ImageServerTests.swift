import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

/// The test server's images: real PNGs of the requested size, inline or behind a URL it serves itself.
@Suite("Image generation")
struct ImageServerTests {
    @Test("b64_json images are PNGs whose header gives the requested size, and the same request gives the same bytes")
    func base64PNG() async throws {
        try await NeosantaraTestServer.withServer { server in
            let body = #"{"model":"m","prompt":"wayang","n":2,"size":"20x10","response_format":"b64_json"}"#
            let first = try await send(server, .post, "/v1/images/generations", body: body)
            let again = try await send(server, .post, "/v1/images/generations", body: body)
            let images = try #require(first.json?["data"]?.arrayValue)
            #expect(images.count == 2)
            let png = try #require(Data(base64Encoded: images[0]["b64_json"]?.stringValue ?? ""))
            #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            // IHDR: width 20 and height 10 as big-endian 32-bit numbers, 8 bits per sample, RGB.
            #expect(Array(png[16..<26]) == [0, 0, 0, 20, 0, 0, 0, 10, 8, 2])
            // Every PNG ends with the same IEND chunk, whose CRC-32 is AE 42 60 82.
            #expect(Array(png.suffix(12)) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
            #expect(images[0]["b64_json"] == again.json?["data"]?[0]?["b64_json"])
            #expect(images[0]["b64_json"] != images[1]["b64_json"])
            #expect(images[1]["revised_prompt"] == "wayang (image 2 of 2, 20x10)")
        }
    }

    @Test("A url image is served by GET /v1/images/files/{id} as image/png; an unknown id is a 404")
    func urlImage() async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(
                server, .post, "/v1/images/generations", body: #"{"model":"m","prompt":"p","size":"4x4"}"#)
            let url = try #require(response.json?["data"]?[0]?["url"]?.stringValue)
            #expect(url.hasPrefix(server.baseURL.absoluteString + "/images/files/img-"))
            let path = try #require(URL(string: url)?.path)
            let file = try await send(server, .get, path)
            #expect(file.head.status == .ok)
            #expect(file.head.headerFields[.contentType] == "image/png")
            #expect(Array(file.bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            let missing = try await send(server, .get, "/v1/images/files/nothing.png")
            #expect(missing.head.status == .notFound)
        }
    }

    @Test(
        "Bad requests are 400s naming the parameter",
        arguments: [
            (#"{"model":"m","prompt":""}"#, "prompt"),
            (#"{"model":"m","prompt":"p","n":9}"#, "n"),
            (#"{"model":"m","prompt":"p","size":"huge"}"#, "size"),
            (#"{"model":"m","prompt":"p","size":"5000x5000"}"#, "size"),
            (#"{"model":"m","prompt":"p","steps":0}"#, "steps"),
            (#"{"model":"m","prompt":"p","response_format":"gif"}"#, "response_format"),
            (#"{"prompt":"p"}"#, "model"),
        ])
    func badRequests(body: String, parameter: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(server, .post, "/v1/images/generations", body: body)
            #expect(response.head.status == .badRequest)
            #expect(response.json?["error"]?["param"]?.stringValue == parameter)
        }
    }
}

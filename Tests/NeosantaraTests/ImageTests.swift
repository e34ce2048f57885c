import Foundation
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Image generation over loopback: requests checked before sending, images as base64 or URLs, and their
/// bytes either way as PNG files of the requested size.
@Suite("Images")
struct ImageTests {
    @Test("Base64 images decode to PNGs of the requested size, with the revised prompt")
    func base64Images() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let response = try await client.images.generate(
                model: "neosantara-gen-2045", prompt: "batik pattern, blue", n: 2, size: "64x48",
                responseFormat: .base64JSON)
            #expect(response.data.count == 2)
            #expect(response.data.allSatisfy { $0.url == nil })
            #expect(response.data[0].revisedPrompt?.hasPrefix("batik pattern, blue") == true)
            var pictures: [PNGInspector] = []
            for image in response.data {
                pictures.append(try PNGInspector(try await client.images.data(of: image)))
            }
            #expect(pictures.map(\.width) == [64, 64])
            #expect(pictures.map(\.height) == [48, 48])
            #expect(pictures.map(\.colourType) == [2, 2])
            #expect(pictures[0].scanlines.count == 48 * (1 + 64 * 3))
            #expect(pictures[0].pixel(x: 0, y: 0) != pictures[1].pixel(x: 0, y: 0))
            let body = try JSONDecoder().decode(
                ImageGenerationRequest.self, from: try #require(server.requests.first).body)
            #expect(body.n == 2 && body.size == "64x48" && body.responseFormat == .base64JSON)
        }
    }

    @Test("URL images are fetched through the client, with the key on the client's own server")
    func urlImages() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let response = try await client.images.generate(model: "neosantara-gen-2045", prompt: "sawah", size: "16x8")
            let image = try #require(response.data.first)
            #expect(image.b64JSON == nil)
            #expect(image.url?.hasPrefix(server.baseURL.absoluteString) == true)
            let picture = try PNGInspector(try await client.images.data(of: image))
            #expect((picture.width, picture.height) == (16, 8))
            let fetch = try #require(server.requests.last)
            #expect(fetch.route == .imageFile)
            #expect(fetch.header("authorization") == "Bearer \(testAPIKey)")
        }
    }

    @Test("An image URL on another origin is fetched without the key; download(to:) saves either form")
    func crossOriginAndDownload() async throws {
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { cdn in
                let original = try await makeClient(cdn.baseURL).images.generate(
                    model: "m", prompt: "candi", size: "10x10")
                let cdnImage = try #require(original.data.first)
                cdn.removeAllRequests()
                try await NeosantaraTestServer.withServer { api in
                    api.enqueue(.json(ImagesResponse(created: 1, data: [cdnImage])), for: .generateImages)
                    let client = makeClient(api.baseURL)
                    let response = try await client.images.generate(model: "m", prompt: "candi")
                    let destination = folder.appendingPathComponent("candi.png")
                    let saved = try await client.images.download(try #require(response.data.first), to: destination)
                    #expect(saved.byteCount > 0)
                    #expect(try PNGInspector(Data(contentsOf: destination)).width == 10)
                    let hop = try #require(cdn.requests.first)
                    #expect(hop.route == .imageFile)
                    #expect(hop.header("authorization") == nil)
                    #expect(!hop.headers.contains { $0.value.contains(testAPIKey) })

                    let inline = try await client.images.generate(
                        model: "m", prompt: "candi", size: "3x5", responseFormat: .base64JSON)
                    let second = folder.appendingPathComponent("inline.png")
                    try await client.images.download(try #require(inline.data.first), to: second)
                    #expect(try PNGInspector(Data(contentsOf: second)).height == 5)
                }
            }
        }
    }

    @Test(
        "Bad requests fail before anything is sent, naming the parameter",
        arguments: [
            (ImageGenerationRequest(model: "m", prompt: ""), "prompt", "must be 1 to 4000 characters long, not 0"),
            (ImageGenerationRequest(model: "m", prompt: String(repeating: "a", count: 4001)), "prompt", "not 4001"),
            (ImageGenerationRequest(model: "m", prompt: "p", n: 0), "n", "between 1 and 4, not 0"),
            (ImageGenerationRequest(model: "m", prompt: "p", n: 5), "n", "between 1 and 4, not 5"),
            (ImageGenerationRequest(model: "m", prompt: "p", size: "big"), "size", "WIDTHxHEIGHT"),
            (ImageGenerationRequest(model: "m", prompt: "p", size: "0x512"), "size", "WIDTHxHEIGHT"),
            (ImageGenerationRequest(model: "m", prompt: "p", size: "512 x 512"), "size", "WIDTHxHEIGHT"),
            (ImageGenerationRequest(model: "m", prompt: "p", steps: 51), "steps", "between 1 and 50, not 51"),
            (ImageGenerationRequest(model: "m", prompt: "p", strength: 1.5), "strength", "between 0.0 and 1.0"),
            (ImageGenerationRequest(model: " ", prompt: "p"), "model", "must not be empty"),
        ])
    func badRequests(request: ImageGenerationRequest, parameter: String, message: String) async throws {
        try await NeosantaraTestServer.withServer { server in
            let error = await expectError { try await makeClient(server.baseURL).images.generate(request) }
            #expect(error?.kind == .invalidRequest)
            #expect(error?.parameter == parameter)
            #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
            #expect(server.requests.isEmpty)
        }
    }

    @Test("An image with neither a URL nor base64, or with base64 that does not decode, is a decoding error")
    func unusableImages() async throws {
        let client = makeClient(URL(string: "http://127.0.0.1:9/v1")!)
        let empty = await expectError { try await client.images.data(of: GeneratedImage()) }
        #expect(empty?.kind == .decoding)
        let broken = await expectError { try await client.images.data(of: GeneratedImage(b64JSON: "%%%")) }
        #expect(broken?.kind == .decoding)
        #expect(broken?.message.contains("not base64") == true)
    }
}

import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Embeddings by default")
struct EmbeddingTests {
    @Test("returns one deterministic unit vector per input, the same as floats or base64")
    func vectors() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let floats = try await client.embeddings.create(
                model: "nusa-embeddings-0001", input: ["satu dua", "tiga"], encodingFormat: .float)
            let base64 = try await client.embeddings.create(
                model: "nusa-embeddings-0001", input: ["satu dua", "tiga"], encodingFormat: .base64)
            #expect(floats.object == "list")
            #expect(floats.model == "nusa-embeddings-0001")
            #expect(floats.data.map(\.index) == [0, 1])
            #expect(floats.vectors.allSatisfy { $0.count == 16 })
            #expect(floats.vectors == base64.vectors)
            #expect(floats.vectors[0] != floats.vectors[1])
            for vector in floats.vectors {
                let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
                #expect(abs(length - 1) < 1e-5)
            }
            #expect(floats.usage?.promptTokens == 3)
            #expect(floats.usage?.totalTokens == 3)

            let again = try await client.embeddings.create(model: "nusa-embeddings-0001", input: "tiga")
            #expect(again.vectors == [floats.vectors[1]])
        }
    }

    @Test("sends base64 on the wire when asked, and numbers otherwise")
    func wireEncoding() async throws {
        try await NeosantaraTestServer.withServer { server in
            let base64 = try await send(
                server, .post, "/v1/embeddings",
                body: #"{"model":"e","input":"halo","encoding_format":"base64","dimensions":4}"#)
            let encoded = try #require(base64.json?["data"]?.arrayValue?.first?["embedding"]?.stringValue)
            #expect(Data(base64Encoded: encoded)?.count == 16)

            let floats = try await send(server, .post, "/v1/embeddings", body: #"{"model":"e","input":"halo"}"#)
            #expect(floats.json?["data"]?.arrayValue?.first?["embedding"]?.arrayValue?.count == 16)
        }
    }

    @Test("honours dimensions in the request and in the configuration")
    func dimensions() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.embeddingDimensions = 5
        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let client = makeClient(server)
            let configured = try await client.embeddings.create(model: "e", input: "halo")
            #expect(configured.vectors[0].count == 5)
            let requested = try await client.embeddings.create(model: "e", input: "halo", dimensions: 3)
            #expect(requested.vectors[0].count == 3)
        }
    }
}

import Foundation
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Redirects over loopback between two test servers, which listen on different ports and so are different
/// origins.
@Suite("Redirects")
struct RedirectTests {
    /// A client with a secret-looking default header, to check that none of the caller's headers leave the origin.
    static func client(_ server: NeosantaraTestServer) -> NeosantaraClient {
        makeClient(server.baseURL, headers: [HTTPField.Name("X-Team-Token")!: "team-secret", .init("X-Guard")!: "on"])
    }

    @Test("A download redirected to another origin is followed without the key or any configured header")
    func crossOriginDownload() async throws {
        try await NeosantaraTestServer.withServer { cdn in
            let stored = try await makeClient(cdn.baseURL).files.upload(
                Data("isi berkas".utf8), filename: "a.txt", purpose: .batch)
            cdn.removeAllRequests()
            try await NeosantaraTestServer.withServer { api in
                let target = cdn.baseURL.appendingPathComponent("files/\(stored.id)/content")
                api.enqueue(.redirect(to: target, status: 302), for: .fileContent)
                let data = try await Self.client(api).files.content("file-elsewhere").collect(upTo: 1024)
                #expect(String(decoding: data, as: UTF8.self) == "isi berkas")
                let first = try #require(api.requests.first)
                #expect(first.header("authorization") == "Bearer \(testAPIKey)")
                #expect(first.header("x-team-token") == "team-secret")
                let hop = try #require(cdn.requests.first)
                #expect(hop.path == "/v1/files/\(stored.id)/content")
                #expect(hop.header("authorization") == nil)
                #expect(hop.header("x-team-token") == nil)
                #expect(hop.header("x-guard") == nil)
                #expect(hop.header("x-request-id") == first.header("x-request-id"))
                #expect(!hop.headers.contains { $0.value.contains(testAPIKey) })
            }
        }
    }

    @Test("A redirect within the origin keeps the key, and a relative Location resolves against the request")
    func sameOriginRedirect() async throws {
        try await NeosantaraTestServer.withServer { server in
            let stored = try await makeClient(server.baseURL).files.upload(
                Data("x".utf8), filename: "a.txt", purpose: .batch)
            server.removeAllRequests()
            server.enqueue(.status(307, headers: [.location: "/v1/files/\(stored.id)/content"]), for: .fileContent)
            let data = try await Self.client(server).files.content("file-old").collect(upTo: 16)
            #expect(data == Data("x".utf8))
            #expect(server.requests.map(\.path) == ["/v1/files/file-old/content", "/v1/files/\(stored.id)/content"])
            #expect(server.requests.allSatisfy { $0.header("authorization") == "Bearer \(testAPIKey)" })
        }
    }

    @Test("A 303 turns a POST into a GET without a body; a 307 sends the same POST and body again")
    func methodRules() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let models = server.baseURL.appendingPathComponent("models")
            server.enqueue(.redirect(to: models, status: 303), for: .moderations)
            let error = try #require(await expectError { try await client.moderations.create(input: "halo") })
            // The catalogue is not a moderation result: what matters is where the second request went.
            #expect(error.kind == .decoding)
            #expect(server.requests.map { "\($0.method) \($0.path)" } == ["POST /v1/moderations", "GET /v1/models"])
            #expect(server.requests[1].body.isEmpty)
            #expect(server.requests[1].header("content-type") == nil)

            server.removeAllRequests()
            server.enqueue(
                .redirect(to: server.baseURL.appendingPathComponent("moderations"), status: 307), for: .moderations)
            let result = try await client.moderations.create(input: "halo")
            #expect(result.results.count == 1)
            #expect(server.requests.map(\.method) == [.post, .post])
            #expect(server.requests[0].body == server.requests[1].body)
        }
    }

    @Test("More than five redirects fail with an error that names the last hop")
    func tooManyRedirects() async throws {
        try await NeosantaraTestServer.withServer { server in
            let loop = server.baseURL.appendingPathComponent("files/file-loop/content")
            server.enqueue(Array(repeating: .redirect(to: loop), count: 6), for: .fileContent)
            let error = try #require(
                await expectError { try await makeClient(server.baseURL).files.content("file-loop") })
            #expect(error.status == 302)
            #expect(error.message.hasPrefix("the server redirected more than 5 times"))
            #expect(server.requests.count == 6)
        }
    }

    @Test("A 307 cannot replay a one-shot body that was sent, and says so")
    func oneShotBodyIsNotReplayed() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.redirect(to: server.baseURL.appendingPathComponent("files"), status: 307), for: .uploadFile)
            let body = HTTPRequestBody.stream(
                AsyncStream<[UInt8]> { continuation in
                    continuation.yield([1, 2, 3])
                    continuation.finish()
                })
            let error = try #require(
                await expectError {
                    try await makeClient(server.baseURL).files.upload(body, filename: "a.bin", purpose: .batch)
                })
            #expect(error.message.contains("one-shot sequence that has been sent already"))
            #expect(server.requests.count == 1)
        }
    }

    @Test("Only redirect statuses with a usable Location are followed")
    func followedRedirects() throws {
        let request = HTTPRequest(method: .get, scheme: "https", authority: "api.example.com", path: "/v1/files/a")
        func redirect(_ status: Int, _ location: String?) -> Redirect? {
            var fields = HTTPFields()
            if let location { fields[.location] = location }
            return Redirect(HTTPResponse(status: .init(code: status), headerFields: fields), request: request)
        }
        let signed = "https://cdn.example.com/x?sig=1"
        #expect(redirect(302, signed)?.target.absoluteString == signed)
        #expect(redirect(308, "../b")?.target.absoluteString == "https://api.example.com/v1/b")
        #expect(redirect(304, "https://cdn.example.com/x") == nil)
        #expect(redirect(302, nil) == nil)
        #expect(redirect(301, "ftp://files.example.com/x") == nil)
        let hop = try #require(redirect(302, "https://API.example.com:443/other"))
        #expect(Redirect.origin(of: hop.target) == Redirect.origin(of: request))
        let (next, _) = try hop.follow(from: request, body: nil)
        #expect(next.authority == "API.example.com:443")
        #expect(next.path == "/other")
    }
}

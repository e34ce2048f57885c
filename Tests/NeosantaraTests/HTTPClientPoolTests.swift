import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// The pool behind the default transport stays bounded however many connect timeouts a program uses.
@Suite("HTTP client pool")
struct HTTPClientPoolTests {
    @Test("Calls with many connect timeouts keep at most the pool's maximum of clients alive")
    func bounded() async throws {
        let pool = HTTPClientPool(maximumClients: 2)
        try await NeosantaraTestServer.withServer { server in
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey(testAPIKey), baseURL: server.baseURL)
            configuration.retry = .disabled
            let client = NeosantaraClient(configuration: configuration, transport: AsyncHTTPClientTransport(pool: pool))
            // A stream holds a client that is then evicted; it must still finish on it.
            server.enqueue(.standard.withChunkDelay(.milliseconds(20)), for: .chatCompletions)
            let stream = try await client.chat.completions.stream(
                model: "nusantara-base", messages: [.user("satu dua tiga empat")],
                options: RequestOptions(connectTimeout: .seconds(60)))
            // Eight timeouts, each a client of its own; long enough that a loaded machine still connects.
            for milliseconds in 1...8 {
                _ = try await client.models.list(
                    options: RequestOptions(connectTimeout: .milliseconds(30_000 + milliseconds)))
                #expect(pool.liveClientCount <= 3)
            }
            let final = try await stream.finalResponse()
            #expect(final.choices.first?.message.content == "Echo: satu dua tiga empat")
        }
        #expect(pool.liveClientCount == 2)
    }
}

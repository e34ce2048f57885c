import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

@Suite("Models, moderations and key status by default")
struct CatalogueTests {
    @Test("lists the documented catalogue")
    func list() async throws {
        try await NeosantaraTestServer.withServer { server in
            let models = try await makeClient(server).models.list()
            #expect(models.object == "list")
            #expect(
                models.data.map(\.id) == [
                    "nusantara-base", "vision-emas-2045", "deepseek-v4.1-flash", "nusa-embeddings-0001",
                    "text-moderation-latest",
                ])
            #expect(models.data.allSatisfy { $0.object == "model" && $0.created == 1_717_950_000 })
        }
    }

    @Test(
        "filters by capability and provider",
        arguments: [
            (ModelCapability.embeddings, nil, ["nusa-embeddings-0001"]),
            (.functionCalling, nil, ["nusantara-base", "deepseek-v4.1-flash"]),
            (.functionCalling, "deepseek", ["deepseek-v4.1-flash"]),
            (nil, "DEEPSEEK", ["deepseek-v4.1-flash"]),
            (.webSearch, nil, []),
        ] as [(ModelCapability?, String?, [String])])
    func filters(capability: ModelCapability?, provider: String?, expected: [String]) async throws {
        try await NeosantaraTestServer.withServer { server in
            let models = try await makeClient(server).models.list(
                provider: provider, capability: capability, includeDeprecated: true)
            #expect(models.data.map(\.id) == expected)
            #expect(server.requests[0].query["include_deprecated"] == "true")
        }
    }

    @Test("describes one model, and answers an unknown id with a 404 and the API's error body")
    func retrieve() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            let model = try await client.models.retrieve("nusantara-base")
            #expect(model.id == "nusantara-base")
            #expect(model.ownedBy == "NeosantaraAI")
            #expect(model.capabilities == [.chat, .functionCalling, .jsonMode])

            let error = await expectError { try await client.models.retrieve("meta/llama-9") }
            #expect(error?.kind == .notFound)
            #expect(error?.status == 404)
            #expect(error?.apiError?.message == "The model `meta/llama-9` does not exist.")
            #expect(error?.apiError?.type == .invalidRequest)
            #expect(error?.apiError?.code == "model_not_found")
            #expect(server.requests.last?.path == "/v1/models/meta%2Fllama-9")
        }
    }

    @Test("serves the catalogue it is configured with")
    func configuredCatalogue() async throws {
        var configuration = NeosantaraTestServer.Configuration()
        configuration.models = [Model(id: "only-model", ownedBy: "me", capabilities: [.chat])]
        try await NeosantaraTestServer.withServer(configuration: configuration) { server in
            let models = try await makeClient(server).models.list()
            #expect(models.data.map(\.id) == ["only-model"])
        }
    }

    @Test("flags inputs by keyword, one result per input")
    func moderations() async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await makeClient(server).moderations.create(
                input: ["Selamat pagi", "I hate Mondays", "I want to kill myself"])
            #expect(result.model == "text-moderation-latest")
            #expect(result.results.map(\.flagged) == [false, true, true])
            #expect(result.results[0].flaggedCategories == [])
            #expect(result.results[1].flaggedCategories == [.hate])
            #expect(result.results[1].score(.hate) == 0.9)
            #expect(result.results[1].score(.violence) == 0.01)
            #expect(result.results[2].isFlagged(.selfHarm) == true)
        }
    }

    @Test("reports an authorized key whose usage counts the requests so far")
    func keyStatus() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server)
            _ = try await client.models.list()
            let status = try await client.authentication.keyStatus()
            #expect(status.authorized == true)
            #expect(status.object == "authorization")
            #expect(status.tier == "Free")
            #expect(status.usageInfo?.daily?.used == 1)
            #expect(status.usageInfo?.daily?.remaining == 9_999)
            #expect(status.usageInfo?.monthly?.limit == 300_000)
            let resetAt = try #require(status.usageInfo?.daily?.resetAt)
            #expect(resetAt > Date())
        }
    }
}

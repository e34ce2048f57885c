import Foundation
import HTTPTypes
import Neosantara
import NeosantaraTesting
import Testing

@Suite("The expected API key")
struct AuthenticationTests {
    static var configuration: NeosantaraTestServer.Configuration {
        NeosantaraTestServer.Configuration(expectedAPIKey: APIKey(testAPIKey))
    }

    @Test("accepts the expected key")
    func rightKey() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.configuration) { server in
            let status = try await makeClient(server).authentication.keyStatus()
            #expect(status.authorized == true)
        }
    }

    @Test("refuses another key with a 401 and the API's error body, never echoing the key")
    func wrongKey() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.configuration) { server in
            let wrongKey = "nsk_wrong_0000000000"
            let error = await expectError {
                try await makeClient(server, apiKey: wrongKey).chat.completions.create(
                    model: "nusantara-base", messages: [.user("Halo")])
            }
            #expect(error?.kind == .authentication)
            #expect(error?.status == 401)
            #expect(error?.apiError?.type == .authentication)
            #expect(error?.apiError?.code == .invalidAPIKey)
            #expect(error?.bodyText?.contains(wrongKey) == false)
            #expect(error?.bodyText?.contains(testAPIKey) == false)
            #expect(server.requests.count == 1)
        }
    }

    @Test("refuses a request without a key")
    func missingKey() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.configuration) { server in
            let response = try await send(server, .get, "/v1/models")
            #expect(response.head.status == .unauthorized)
            #expect(response.json?["error"]?["code"] == "missing_api_key")
            #expect(response.json?["error"]?["type"] == "auth_error")
            #expect(response.json?["error"]?["message"]?.stringValue?.isEmpty == false)
        }
    }

    @Test("checks the key before a scripted reply, which stays queued")
    func beforeScripts() async throws {
        try await NeosantaraTestServer.withServer(configuration: Self.configuration) { server in
            server.enqueue(.rawJSON(#"{"object":"list","data":[]}"#), for: .listModels)
            let refused = await expectError { try await makeClient(server, apiKey: "nsk_other").models.list() }
            #expect(refused?.status == 401)
            #expect(server.pendingReplies(for: .listModels) == 1)
            let models = try await makeClient(server).models.list()
            #expect(models.data.isEmpty)
        }
    }

    @Test("accepts any key or none when no key is expected")
    func anyKey() async throws {
        try await NeosantaraTestServer.withServer { server in
            let response = try await send(server, .get, "/v1/auth/key")
            #expect(response.head.status == .ok)
            _ = try await makeClient(server, apiKey: "anything").models.list()
        }
    }
}

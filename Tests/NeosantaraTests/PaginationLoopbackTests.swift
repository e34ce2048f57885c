import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// A listing through the real executor, over a socket to the test server.
@Suite("Pagination over loopback")
struct PaginationLoopbackTests {
    @Test("Two pages of models: each request carries the route's query, the cursor and the limit")
    func twoPagesOfModels() async throws {
        try await NeosantaraTestServer.withServer { server in
            // The first page names no last_id, so the cursor falls back to its last item's id.
            server.enqueue(
                [
                    .rawJSON(#"{"object":"list","data":[{"id":"m-1"},{"id":"m-2"}],"has_more":true}"#),
                    .rawJSON(
                        #"{"object":"list","data":[{"id":"m-3"}],"has_more":false,"first_id":"m-3","last_id":"m-3"}"#),
                ],
                for: .listModels)
            var route = Route(method: .get, path: "/models", operation: "list_models")
            route.query = [("provider", "google")]
            let listing: PageSequence<Model> = makeClient(server.baseURL).executor.list(
                route, style: .openAI, limit: 2, cursor: nil, options: RequestOptions())

            var ids: [String] = []
            for try await model in listing {
                ids.append(model.id)
            }

            #expect(ids == ["m-1", "m-2", "m-3"])
            #expect(
                server.requests.map(\.target) == [
                    "/v1/models?provider=google&limit=2",
                    "/v1/models?provider=google&after=m-2&limit=2",
                ])
            #expect(
                server.requests.map(\.query) == [
                    ["provider": "google", "limit": "2"],
                    ["provider": "google", "after": "m-2", "limit": "2"],
                ])
        }
    }
}

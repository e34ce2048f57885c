import Foundation
import Testing

@testable import Neosantara

/// Every example in both OpenAPI specs decodes, and every request example encodes back to the same JSON.
@Suite("Spec examples")
struct SpecExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var spec: String
        var operationID: String
        var name: String
        var value: JSONValue
        var testDescription: String { "\(spec) \(operationID) \(name)" }
    }

    static let specs = ["specs/openapi-seed-sdk-2025.json", "specs/openapi-current.json"]

    /// The examples under `requestBody` (`isRequest`) or `responses` of every operation.
    static func examples(requests isRequest: Bool) throws -> [Example] {
        var found: [Example] = []
        for spec in specs {
            let document = try Fixtures.json(spec)
            for (_, item) in document["paths"]?.objectValue ?? [:] {
                for (_, operation) in item.objectValue ?? [:] {
                    let operationID = operation["operationId"]?.stringValue ?? "?"
                    let contents: [JSONValue] =
                        isRequest
                        ? [operation["requestBody"]?["content"]].compactMap { $0 }
                        : (operation["responses"]?.objectValue ?? [:]).filter { $0.key.hasPrefix("2") }
                            .compactMap { $0.value["content"] }
                    for content in contents {
                        for (_, media) in content.objectValue ?? [:] {
                            for (name, example) in media["examples"]?.objectValue ?? [:] {
                                if let value = example["value"] {
                                    found.append(
                                        Example(spec: spec, operationID: operationID, name: name, value: value))
                                }
                            }
                            if let value = media["example"] {
                                found.append(
                                    Example(spec: spec, operationID: operationID, name: "example", value: value))
                            }
                        }
                    }
                }
            }
        }
        return found.sorted { $0.testDescription < $1.testDescription }
    }

    @Test("The specs hold the examples we expect")
    func examplesAreFound() throws {
        #expect(try Self.examples(requests: false).count == 7)
        #expect(try Self.examples(requests: true).count == 4)
    }

    @Test("Every response example decodes", arguments: try examples(requests: false))
    func responseExampleDecodes(_ example: Example) throws {
        switch example.operationID {
        case "chatCompletions", "reasoning", "postV1ChatCompletions":
            let response = try decode(ChatCompletionsResponse.self, from: example.value)
            #expect(response.object == "chat.completion")
            #expect(response.choices.first?.message.role == .assistant)
            #expect(response.choices.first?.message.content?.isEmpty == false)
            #expect(response.choices.first?.finishReason == .stop)
            #expect(response.usage?.totalTokens == example.value["usage"]?["total_tokens"]?.intValue)
        case "listModels", "getV1Models":
            let list = try decode(ModelsListResponse.self, from: example.value)
            #expect(list.data.map(\.id) == ["nusantara-base", "vision-emas-2045"])
            #expect(list.data.first?.capabilities == [.functionCalling, .jsonMode])
            #expect(list.data.first?.ownedBy == "NeosantaraAI")
        case "embeddings", "postV1Embeddings":
            let embeddings = try decode(EmbeddingsResponse.self, from: example.value)
            #expect(embeddings.vectors == [[0.123, 0.456, 0.789]])
            #expect(embeddings.usage?.promptTokens == 3)
        case "moderations", "postV1Moderations":
            let moderation = try decode(ModerationsResponse.self, from: example.value)
            let result = try #require(moderation.results.first)
            #expect(result.flagged == (example.value["results"]?[0]?["flagged"] == true))
            #expect(result.isFlagged(.selfHarm) == example.value["results"]?[0]?["categories"]?["self-harm"]?.boolValue)
            #expect(result.score(.hate) == example.value["results"]?[0]?["category_scores"]?["hate"]?.doubleValue)
        case "checkApiKeyStatus":
            let status = try decode(APIKeyStatus.self, from: example.value)
            #expect(status.authorized == true)
            #expect(status.usageInfo?.daily?.remaining == 8500)
            #expect(status.usageInfo?.monthly?.resetAt == Date(timeIntervalSince1970: 1_751_328_000))
        default:
            Issue.record("no decoder chosen for \(example.operationID)")
        }
    }

    @Test("Every request example encodes back to the same JSON", arguments: try examples(requests: true))
    func requestExampleRoundTrips(_ example: Example) throws {
        switch example.operationID {
        case "embeddings", "postV1Embeddings":
            #expect(try encodedJSON(decode(EmbeddingsRequest.self, from: example.value)) == example.value)
        case "moderations", "postV1Moderations":
            #expect(try encodedJSON(decode(ModerationsRequest.self, from: example.value)) == example.value)
        default:
            Issue.record("no request type chosen for \(example.operationID)")
        }
    }
}

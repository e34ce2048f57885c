import Foundation
import HTTPTypes
import Logging
import NeosantaraTesting
import PropertyBased
import Testing

@testable import Neosantara

extension PropertyTests {
    /// Law: whatever the API key, it never survives into a log line, a metric, a span, an error's description
    /// or a description or dump of the client, its configuration or an error, even when the server echoes it
    /// everywhere and the request body is long enough to be cut off in the log.
    @Suite("Properties: the API key never shows")
    struct RedactionProperties {
        /// A key like a real one: a prefix and 12 to 48 characters of the key alphabet.
        static let keys = drawing { draw -> String in
            let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
            let prefix = draw.element(["nsk_", "sk-", "nsk_live_", ""])
            return prefix + String((0..<draw.int(in: 12...48)).map { _ in draw.element(alphabet) })
        }

        /// Everything the SDK writes that a user may print or log about a client and an error.
        static func descriptions(of client: NeosantaraClient, _ error: NeosantaraError) -> [String] {
            var dumps = ["", "", ""]
            // Six levels reach every stored property of the client and its configuration (the key would sit
            // at the third); deeper lie the shared HTTP client's internals, which grow with every test run
            // beside this one and make a full dump take seconds.
            dump(client, to: &dumps[0], maxDepth: 6)
            dump(client.configuration, to: &dumps[1], maxDepth: 6)
            dump(error, to: &dumps[2])
            return dumps + [
                String(describing: client), String(reflecting: client), String(describing: client.configuration),
                String(reflecting: client.configuration), error.description, String(reflecting: error),
                error.localizedDescription, error.message, error.apiError.map { "\($0)" } ?? "", error.bodyText ?? "",
                error.headers.map { "\($0)" } ?? "",
            ]
        }

        /// Checks that no part of `key` shows in `texts`, which hold the redaction placeholder and the dumps of
        /// the key's holders.
        static func expectHidden(_ key: String, in texts: [String]) {
            #expect(texts.contains { $0.contains(Redactor.placeholder) })
            #expect(
                texts.contains { $0.contains("redactor") && $0.contains("apiKey") }, "the dumps reach the key's holders"
            )
            // A key cut off with the body it stands in must leave no part of it behind: no run of 12 of its
            // characters shows.
            let characters = Array(key)
            let parts = (0...characters.count - 12).map { String(characters[$0..<$0 + 12]) }
            let leaks = texts.filter { text in parts.contains { text.contains($0) } }
            #expect(leaks.isEmpty, "the key leaked in \(leaks)")
        }

        @Test("A random key is in no log line, metric, span, error or dump, even when echoed back (12 keys)")
        func keyNeverShows() async throws {
            try await NeosantaraTestServer.withServer { server in
                await checkProperty(count: 12, input: zip(Self.keys, drawing { $0.int(in: -40...40) })) { key, offset in
                    let echoed: HTTPFields = [
                        HTTPField.Name("X-Echo")!: "Bearer \(key)", HTTPField.Name("X-Seen-Key")!: key,
                        HTTPField.Name("X-Request-ID")!: key,
                    ]
                    let failure = """
                        {"error":{"message":"Invalid key \(key)","type":"\(key)","code":"\(key)","param":"\(key)",\
                        "api_key":"\(key)","details":{"key":"\(key)","retry_after":1}}}
                        """
                    server.enqueue(
                        [
                            .rawJSON(completionJSON.replacingOccurrences(of: "Jakarta.", with: key), headers: echoed),
                            .rawJSON(failure, status: 401, headers: echoed),
                        ], for: .chatCompletions)
                    let telemetry = CapturedTelemetry()
                    var configuration = NeosantaraClient.Configuration(
                        apiKey: APIKey(key), baseURL: server.baseURL, timeout: .init(request: .seconds(10)),
                        retry: .disabled)
                    configuration.logger = telemetry.logger(level: .trace)
                    configuration.metricsFactory = telemetry.metrics
                    configuration.tracer = telemetry.tracer
                    let client = NeosantaraClient(configuration: configuration)
                    // A message long enough that the logged body is cut off, with the key across the cut.
                    let padding = String(repeating: "a", count: Redactor.bodyLimit - 40 + offset)
                    _ = try await client.chat.completions.create(
                        model: key, messages: [.user(padding + key), .user(key)])
                    let error = await expectError {
                        try await client.chat.completions.create(
                            model: "nusantara-base", messages: [.user("again \(key)")])
                    }
                    Self.expectHidden(
                        key, in: telemetry.everything + Self.descriptions(of: client, try #require(error)))
                }
            }
        }

        @Test("The redactor removes a random key wherever it stands in random text (300 cases)")
        func redactorRemovesKey() async {
            let cases = zip(Self.keys, drawing { ($0.text(), $0.text()) })
            await checkProperty(count: 300, input: cases) { key, around in
                let redactor = Redactor(apiKey: APIKey(key))
                let text = around.0 + key + around.1 + key
                #expect(!redactor.redact(text).contains(key))
                #expect(!redactor.metadata(forBody: Data(text.utf8)).description.contains(key))
            }
        }
    }
}

import Foundation
import HTTPTypes
import Logging
import Neosantara
import NeosantaraTesting
import Testing

// The README's Swift examples, compiled and run against the local test server, so that they stay true.
// Each body is the README's text; only `NeosantaraClient()` (which needs NEOSANTARA_API_KEY) is replaced by a
// client of the test server.

@Suite("README examples")
struct ReadmeExampleTests {
    /// A client of `server`, standing in for the README's `NeosantaraClient()`.
    static func readmeClient(_ server: NeosantaraTestServer) -> NeosantaraClient {
        NeosantaraClient(apiKey: "nsk_readme", baseURL: server.baseURL)
    }

    @Test("Quick start")
    func quickStart() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = Self.readmeClient(server)
            let reply = try await client.chat.completions.create(
                model: "nusantara-base",
                messages: [.system("Jawab singkat."), .user("Apa ibu kota Indonesia?")])
            print(reply.choices.first?.message.content ?? "")
            print(reply.usage?.totalTokens ?? 0, reply.requestID)  // every result carries status, headers, request id
            #expect(reply.choices.first?.message.content == "Echo: Apa ibu kota Indonesia?")
        }
    }

    @Test("Anthropic-compatible Messages")
    func anthropicMessages() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = Self.readmeClient(server)
            var request = MessagesRequest(
                model: "claude-sonnet-4-6", maxTokens: 1024, messages: [.user("Apa ibu kota Indonesia?")])
            request.system = .blocks([TextBlock("Jawab singkat.", cacheControl: .ephemeral)])
            let message = try await client.anthropic.messages.create(request)
            print(message.text, message.stopReason ?? "", message.usage.cacheReadInputTokens ?? 0)

            let stream = try await client.anthropic.messages.stream(request)
            for try await event in stream { print(event.textDelta ?? "", terminator: "") }
            let final = try await stream.finalMessage()  // equal to what `create` returns; tool inputs joined
            print(final.usage.outputTokens)
            #expect(final.text == message.text)
            #expect(message.text == "Echo: Apa ibu kota Indonesia?")
        }
    }

    @Test("Streaming")
    func streaming() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = Self.readmeClient(server)
            let stream = try await client.chat.completions.stream(
                model: "nusantara-base", messages: [.user("Ceritakan pantun")])
            for try await chunk in stream { print(chunk.choices.first?.delta.content ?? "", terminator: "") }
            let final = try await stream.finalResponse()  // text, reasoning, tool calls, usage, request id
            print(final.choices.first?.finishReason ?? "", final.usage?.totalTokens ?? 0)
            #expect(final.choices.first?.message.content == "Echo: Ceritakan pantun")
        }
    }

    @Test("Requests")
    func requests() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = Self.readmeClient(server)
            var request = ChatCompletionsRequest(
                model: "deepseek-v4.1-flash",
                messages: [
                    .user([.text("Apa isi gambar ini?"), .image(url: "https://example.com/ktp.jpg", detail: .high)])
                ],
                temperature: 0.2,
                responseFormat: .jsonSchema(
                    name: "ktp", schema: ["type": "object", "properties": ["nama": ["type": "string"]]], strict: true))
            request.tools = [
                .function(
                    name: "get_stock_price",
                    parameters: ["type": "object", "properties": ["ticker": ["type": "string"]]])
            ]
            request.toolChoice = .auto
            request.extraBody["web_search"] = true
            let reply = try await client.chat.completions.create(request)
            #expect(reply.status == 200)
            #expect(server.requests.first?.json?["web_search"] == true)
        }
    }

    @Test("Configuration")
    func configuration() throws {
        // key: NEOSANTARA_API_KEY; base URL: NEOSANTARA_BASE_URL or the real API
        var configuration = NeosantaraClient.Configuration()
        // any OpenAI-compatible server, trailing slash or not
        configuration.baseURL = URL(string: "http://127.0.0.1:8080/v1")!
        configuration.defaultHeaders[HTTPField.Name("X-Guard")!] = "on"
        configuration.timeout.request = .seconds(120)  // default 600 s, for reasoning models
        configuration.maximumResponseBodySize = 16 * 1024 * 1024  // default 64 MiB
        let client = NeosantaraClient(configuration: configuration)

        // Per call:
        let options = RequestOptions(
            timeout: .seconds(30), headers: [HTTPField.Name("X-Guard")!: "off"], requestID: "order-42")
        #expect(client.configuration.timeout.request == .seconds(120))
        #expect(options.requestID == "order-42")
    }

    @Test("Errors")
    func errors() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rateLimited(retryAfter: 0), for: .chatCompletions)
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey("nsk_readme"), baseURL: server.baseURL)
            configuration.retry = .disabled
            let client = NeosantaraClient(configuration: configuration)
            #expect(await Self.errorExample(client)?.kind == .rateLimited)
        }
    }

    /// The README's error example, in a function as a user would write it (a closure does not infer the
    /// typed error of its `do` block).
    static func errorExample(_ client: NeosantaraClient) async -> NeosantaraError? {
        do {
            _ = try await client.chat.completions.create(model: "nusantara-base", messages: [.user("Halo")])
        } catch {
            // HTTP 429 rate limited: You've reached your … limit [request id: req_…]. Wait for `retryAfter`, then retry, or slow down
            print(error)
            if error.kind == .rateLimited { print(error.retryAfter ?? .seconds(1), error.rateLimit?.remaining ?? 0) }
            return error
        }
        return nil
    }

    @Test("Retries and timeouts")
    func retries() throws {
        var configuration = NeosantaraClient.Configuration()
        configuration.retry.maxAttempts = 5  // every call of this client
        configuration.retry.backoff.maximumDelay = .seconds(30)
        configuration.retry.maxElapsedTime = .seconds(120)  // bound a whole call, retries included
        configuration.timeout.idle = .seconds(30)

        let options = RequestOptions(timeout: .seconds(20), retry: .disabled)  // this call: one attempt

        // The 2025 TypeScript SDK's RetryConfig, as code or as its JSON:
        configuration.retry = .backoff(
            initialInterval: .milliseconds(500), maxInterval: .seconds(60), exponent: 1.5,
            maxElapsedTime: .seconds(3600), retryConnectionErrors: true)
        configuration.retry = try JSONDecoder().decode(
            RetryPolicy.self,
            from: Data(
                """
                {"strategy": "backoff", "backoff": {"initialInterval": 500, "maxInterval": 60000, "exponent": 1.5,
                 "maxElapsedTime": 3600000}, "retryConnectionErrors": true}
                """.utf8))
        #expect(options.retry == .disabled)
        #expect(configuration.retry.maxElapsedTime == .seconds(3600))
    }

    @Test("Logging")
    func logging() {
        let requestLogger = Logger(label: "request")
        var logger = Logger(label: "neosantara")
        logger.logLevel = .debug  // .trace adds headers and bodies, secrets redacted
        var configuration = NeosantaraClient.Configuration()
        configuration.logger = logger  // default: a logger that discards everything
        let options = RequestOptions(logger: requestLogger)  // one call, e.g. a logger with your request's metadata
        #expect(configuration.logger.logLevel == .debug)
        #expect(options.logger?.label == "request")
    }

    struct Weather: Codable, Sendable {
        enum Condition: String, Codable, CaseIterable { case sunny, cloudy, rainy }
        var city: String
        var celsius: Double
        var conditions: [Condition]
        var humidity: Int?  // optional: nullable in strict mode
    }

    struct WeatherQuery: Codable, Sendable { var city: String }

    @Test("Structured outputs and tool calling")
    func structuredOutputs() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = Self.readmeClient(server)
            server.enqueue(
                .json(
                    ChatCompletionsResponse(choices: [
                        ChatCompletionChoice(
                            message: ChatCompletionMessage(
                                content: #"{"city":"Jakarta","celsius":31,"conditions":["sunny"],"humidity":null}"#),
                            finishReason: .stop)
                    ])), for: .chatCompletions)
            let weather = try await client.chat.completions.parse(
                model: "nusantara-base", messages: [.user("Cuaca di Jakarta hari ini?")], as: Weather.self)
            #expect(weather.city == "Jakarta")

            let tools = Toolbox {
                FunctionTool("get_weather", description: "Current weather in a city") { (query: WeatherQuery) in
                    // any Encodable, or a String
                    Weather(city: query.city, celsius: 31, conditions: [.sunny], humidity: nil)
                }
            }
            let run = try await client.chat.completions.runTools(
                model: "nusantara-base", messages: [.user("Cuaca di Bandung?")], tools: tools, maxRounds: 8)
            print(run.content ?? "")  // the answer; run.messages holds every round, run.responses every completion
            #expect(run.stopReason == .answered)
            #expect(run.messages.map(\.role) == [.user, .assistant, .tool, .assistant])
        }
    }

    @Test("Testing without the network")
    func summarizes() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = NeosantaraClient(apiKey: "nsk_test", baseURL: server.baseURL)
            let reply = try await client.chat.completions.create(model: "nusantara-base", messages: [.user("Halo")])
            #expect(reply.choices[0].message.content == "Echo: Halo")
            #expect(server.requests[0].bearerToken == "nsk_test")

            server.enqueue(
                .error(status: 400, APIError(message: "Too long.", code: .contextLengthExceeded)),
                for: .chatCompletions)  // the next reply
            let error = await #expect(throws: NeosantaraError.self) {
                try await client.chat.completions.create(model: "nusantara-base", messages: [.user("Halo")])
            }
            #expect(error?.apiError?.code == .contextLengthExceeded)
        }
    }
}

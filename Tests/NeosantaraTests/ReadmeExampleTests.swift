import AsyncHTTPClient
import Foundation
import HTTPTypes
import Logging
@testable import Neosantara
import NeosantaraTesting
import Testing

// The Swift examples of the README and of the articles in Sources/Neosantara/Documentation.docc, compiled and
// run against the local test server, so that they stay true. Each test names where its example is; each body
// is that text, with only `NeosantaraClient()` (which needs NEOSANTARA_API_KEY) replaced by a client of the
// test server and a local path by one in a temporary folder.

@Suite("README and DocC article examples")
struct ReadmeExampleTests {
    /// A client of `server`, standing in for the README's `NeosantaraClient()`.
    static func readmeClient(_ server: NeosantaraTestServer) -> NeosantaraClient {
        NeosantaraClient(apiKey: "nsk_readme", baseURL: server.baseURL)
    }

    @Test("Quick start: README")
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

    @Test("Streaming: README and Streaming.md")
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

    @Test("Requests: README")
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
            #expect(reply.httpStatus == 200)
            #expect(server.requests.first?.json?["web_search"] == true)
        }
    }

    @Test("Configuration: README")
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

    @Test("Errors: README and Errors.md")
    func errors() async throws {
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rateLimited(retryAfter: 0), for: .chatCompletions)
            var configuration = NeosantaraClient.Configuration(apiKey: APIKey("nsk_readme"), baseURL: server.baseURL)
            configuration.retry = .disabled
            let client = NeosantaraClient(configuration: configuration)
            #expect(await Self.errorExample(client)?.kind == .rateLimited)
        }
    }

    /// The error example of the README and Errors.md, in a function as a user would write it (a closure does not infer the
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

    @Test("Retries and timeouts: RetriesAndTimeouts.md")
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

    @Test("Logging: Observability.md")
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

    @Test("Structured outputs and tool calling: README")
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

    @Test("Testing without the network: README")
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

    @Test("Files and downloads: FilesAndDownloads.md")
    func filesAndDownloads() async throws {
        try await NeosantaraTestServer.withServer { server in
            try await withTemporaryDirectory { folder in
                let client = Self.readmeClient(server)
                let lines = Data("{\"custom_id\": \"1\"}\n".utf8)
                try lines.write(to: folder.appendingPathComponent("tickets.jsonl"))

                let input = folder.appendingPathComponent("tickets.jsonl")  // one request per line
                let file = try await client.files.upload(input, purpose: .batch) { progress in
                    print(progress.completedBytes, progress.totalBytes ?? 0)  // after each chunk sent
                }
                let described = try await client.files.retrieve(file.id)  // a FileObject: bytes, status, purpose, …
                let saved = try await client.files.download(file.id, to: folder.appendingPathComponent("copy.jsonl"))
                print(described.bytes ?? 0, saved.byteCount)
                let bytes = try await client.files.content(file.id).collect(upTo: 1024 * 1024)  // or as it arrives
                _ = try await client.files.delete(file.id)

                #expect(described.filename == "tickets.jsonl")
                #expect(try Data(contentsOf: saved.url) == lines)
                #expect(bytes == lines)
                #expect(server.storedFiles.isEmpty)
            }
        }
    }

    /// The listing example of PagesAndPolling.md, as a user would write it.
    static func filenames(_ listing: PageSequence<FileObject>) async throws(NeosantaraError) -> [String] {
        var names: [String] = []
        for try await file in listing {  // fetches each page when the loop reaches it
            names.append(file.filename ?? file.id)
        }
        for try await page in listing.pages {  // or page by page, each with its response
            print(page.items.count, page.requestID, page.nextCursor ?? "last page")
        }
        return names
    }

    @Test("Pages and polling: PagesAndPolling.md")
    func pagesAndPolling() async throws {
        let listing = fileListing([
            [FileObject(id: "file-1", filename: "a.jsonl"), FileObject(id: "file-2")],
            [FileObject(id: "file-3", filename: "c.jsonl")],
        ])
        #expect(try await Self.filenames(listing) == ["a.jsonl", "file-2", "c.jsonl"])

        var polling = PollingOptions()  // 1 s, growing by 1.5× up to 30 s, no overall limit
        polling.initialInterval = .seconds(5)
        polling.timeout = .seconds(600)  // give up waiting after 10 minutes
        #expect(PollingOptions.default.initialInterval == .seconds(1))
        #expect(PollingOptions.default.multiplier == 1.5)
        #expect(PollingOptions.default.maximumInterval == .seconds(30))
        #expect(PollingOptions.default.timeout == nil)
        #expect(polling.timeout == .seconds(600))
    }

    @Test("Your own HTTPClient: Transport.md")
    func ownHTTPClient() async throws {
        try await NeosantaraTestServer.withServer { server in
            var httpConfiguration = HTTPClient.Configuration()
            httpConfiguration.redirectConfiguration = .disallow  // the SDK follows redirects itself
            let httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: httpConfiguration)
            let client = NeosantaraClient(
                configuration: NeosantaraClient.Configuration(apiKey: APIKey("nsk_readme"), baseURL: server.baseURL),
                transport: AsyncHTTPClientTransport(client: httpClient))
            let models = try await client.models.list()
            // … and after the last request:
            try await httpClient.shutdown()
            #expect(models.httpStatus == 200)
            #expect(server.requests.first?.bearerToken == "nsk_readme")
        }
    }

    @Test("Batches (also the DocC article's example)")
    func batches() async throws {
        struct Ticket {
            var id: String
            var text: String
        }
        let tickets = [Ticket(id: "t-1", text: "Printer rusak"), Ticket(id: "t-2", text: "Lupa kata sandi")]
        try await withTemporaryDirectory { folder in
            try await NeosantaraTestServer.withServer { server in
                // The README's `NeosantaraClient()`, on a clock that skips the waits between polls; the input file
                // goes to a temporary folder instead of the working directory.
                var configuration = NeosantaraClient.Configuration(apiKey: "nsk_readme", baseURL: server.baseURL)
                configuration.clock = TestClock()
                let client = NeosantaraClient(configuration: configuration)
                let writer = try BatchInputWriter(url: folder.appendingPathComponent("tickets.jsonl"))
                for ticket in tickets {
                    try writer.append(
                        BatchRequest(
                            customID: ticket.id,
                            body: ChatCompletionsRequest(
                                model: "nusantara-base",
                                messages: [.system("Klasifikasikan tiket ini."), .user(ticket.text)])))
                }
                let input = try writer.finish()  // the file, its endpoint, and how many requests it holds

                let file = try await client.files.upload(input.url, purpose: .batch)
                let batch = try await client.batches.create(inputFileID: file.id, endpoint: .chatCompletions)
                let done = try await client.batches.wait(batch.id) { batch in
                    print(batch.status, batch.requestCounts?.finished ?? 0, "of", batch.requestCounts?.total ?? 0)
                }

                for try await result in client.batches.results(of: done.value, as: ChatCompletionsResponse.self) {
                    switch result.result {
                    case .success(let completion):
                        print(result.customID, completion.choices.first?.message.content ?? "")
                    case .failure(let error): print(result.customID, "failed:", error.kind, error.message)
                    }
                }
                #expect(done.value.status == .completed)
                #expect(done.value.requestCounts == BatchRequestCounts(total: 2, completed: 2))
            }
        }
    }
}

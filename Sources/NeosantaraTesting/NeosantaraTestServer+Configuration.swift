import Logging
import Neosantara

extension NeosantaraTestServer {
    /// Where the server listens, which key it expects, and what its default behaviour serves.
    ///
    /// ```swift
    /// var configuration = NeosantaraTestServer.Configuration()
    /// configuration.expectedAPIKey = "nsk_test"     // requests with another key get a 401
    /// configuration.embeddingDimensions = 4
    /// ```
    public struct Configuration: Sendable {
        /// The address to bind. Defaults to `127.0.0.1`, reachable from this machine only.
        public var host: String
        /// The port. Defaults to 0: the system picks a free one, which ``NeosantaraTestServer/baseURL`` reports.
        public var port: Int
        /// The key every request must send as `Authorization: Bearer <key>`, or `nil` to accept any key or none.
        /// Defaults to `nil`.
        ///
        /// With a key set, a request with no key or another key gets a 401 with the API's error body, of type
        /// `auth_error` and code `missing_api_key` or `invalid_api_key`.
        public var expectedAPIKey: APIKey?
        /// The models `GET /v1/models` lists and `GET /v1/models/{id}` describes. Defaults to
        /// ``defaultModels``.
        public var models: [Model]
        /// The length of embedding vectors when a request gives no `dimensions`. Defaults to 16.
        public var embeddingDimensions: Int
        /// The largest request body accepted; a larger one gets a 413. Defaults to 16 MiB.
        public var maximumRequestBodySize: Int
        /// The most bytes the uploaded files may hold together; an upload that would pass it gets a 413 that
        /// says how much room is left. Defaults to 256 MiB. Files the server writes, such as a batch's output,
        /// do not count.
        public var maximumStoredFileBytes: Int
        /// When batches move on to their next status. Defaults to ``BatchProgression/onEachRetrieve``.
        public var batchProgression: BatchProgression
        /// How many of a batch's requests one `in_progress` step runs, or `nil` (the default) to run them all in
        /// one step. A small number lets a test watch `request_counts` grow.
        public var batchRequestsPerStep: Int?
        /// Where the server logs one `info` line per request (method, path, status, duration) and its own
        /// start and stop. Defaults to a logger that drops everything. Headers and bodies are never logged.
        public var logger: Logger
        /// How many fetches a background response takes to finish. Defaults to one fetch in progress, then
        /// finished.
        public var backgroundSchedule = BackgroundSchedule()
        /// Where to deliver signed webhook events when a background response finishes; `nil` (the default)
        /// delivers none.
        public var webhook: WebhookEndpoint?

        /// Creates a configuration.
        public init(
            host: String = "127.0.0.1",
            port: Int = 0,
            expectedAPIKey: APIKey? = nil,
            models: [Model] = Configuration.defaultModels,
            embeddingDimensions: Int = 16,
            maximumRequestBodySize: Int = 16 * 1024 * 1024,
            maximumStoredFileBytes: Int = 256 * 1024 * 1024,
            batchProgression: BatchProgression = .onEachRetrieve,
            batchRequestsPerStep: Int? = nil,
            logger: Logger = Logger(label: "NeosantaraTesting", factory: { _ in SwiftLogNoOpLogHandler() })
        ) {
            self.host = host
            self.port = port
            self.expectedAPIKey = expectedAPIKey
            self.models = models
            self.embeddingDimensions = embeddingDimensions
            self.maximumRequestBodySize = maximumRequestBodySize
            self.maximumStoredFileBytes = maximumStoredFileBytes
            self.batchProgression = batchProgression
            self.batchRequestsPerStep = batchRequestsPerStep
            self.logger = logger
        }

        /// The default catalogue: five models, all created at 1717950000.
        ///
        /// | id | owned by | capabilities |
        /// |---|---|---|
        /// | `nusantara-base` | NeosantaraAI | chat, function_calling, json_mode |
        /// | `vision-emas-2045` | NeosantaraAI | chat, vision, json_mode |
        /// | `deepseek-v4.1-flash` | DeepSeek | chat, function_calling, json_mode |
        /// | `nusa-embeddings-0001` | NeosantaraAI | embeddings |
        /// | `text-moderation-latest` | NeosantaraAI | moderation |
        public static let defaultModels: [Model] = [
            model(
                "nusantara-base", "NeosantaraAI", [.chat, .functionCalling, .jsonMode], maxTokens: 32_768,
                "Model dasar untuk tugas umum dengan keseimbangan kinerja dan kecepatan"),
            model(
                "vision-emas-2045", "NeosantaraAI", [.chat, .vision, .jsonMode], maxTokens: 32_768,
                "Model visi untuk analisis gambar KTP, struk, dan tugas visual lainnya"),
            model(
                "deepseek-v4.1-flash", "DeepSeek", [.chat, .functionCalling, .jsonMode], maxTokens: 131_072,
                "Model penalaran yang cepat"),
            model(
                "nusa-embeddings-0001", "NeosantaraAI", [.embeddings], maxTokens: 8_192,
                "Model embedding teks"),
            model(
                "text-moderation-latest", "NeosantaraAI", ["moderation"], maxTokens: 8_192,
                "Model moderasi konten"),
        ]

        private static func model(
            _ id: String, _ owner: String, _ capabilities: [ModelCapability], maxTokens: Int, _ description: String
        ) -> Model {
            Model(
                id: id, created: 1_717_950_000, ownedBy: owner, permission: [], root: id, description: description,
                capabilities: capabilities, maxTokens: maxTokens)
        }
    }
}

import ArgumentParser
import Foundation
import HTTPTypes
import Neosantara

/// The options every command that calls the API takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: "The API key. Default: $NEOSANTARA_API_KEY.")
    var apiKey: String?

    @Option(help: "The API's base URL. Default: $NEOSANTARA_BASE_URL, else https://api.neosantara.xyz/v1.")
    var baseURL: String?

    @Flag(help: "Start the built-in local server and talk to it over loopback: no key, no network.")
    var local = false

    @Option(
        name: [.customShort("H"), .customLong("header")],
        help: ArgumentHelp("An extra request header, 'Name: value'. Repeatable.", valueName: "header"))
    var headers: [String] = []

    @Option(
        help: ArgumentHelp(
            "The longest wait in seconds: for a reply, for a connection, and between two chunks of a streamed reply. Default: 600 for a reply, 10 to connect, 120 between chunks."
        ))
    var timeout: Double?

    @Option(help: "How many times to retry a failed request (429, 5xx, network errors). Default: 2.")
    var maxRetries: Int?

    func validate() throws {
        _ = try parsedHeaders()
        if local && baseURL != nil {
            throw ValidationError("--local and --base-url cannot be used together")
        }
        if let baseURL, URL(string: baseURL)?.host == nil {
            throw ValidationError("--base-url must be an absolute URL such as https://api.neosantara.xyz/v1")
        }
        if let timeout, timeout <= 0 {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
        if let maxRetries, maxRetries < 0 {
            throw ValidationError("--max-retries must be 0 or more")
        }
    }

    /// The `-H` headers as HTTP fields.
    func parsedHeaders() throws -> HTTPFields {
        var fields = HTTPFields()
        for header in headers {
            guard let colon = header.firstIndex(of: ":"),
                let name = HTTPField.Name(header[..<colon].trimmingCharacters(in: .whitespaces))
            else {
                throw ValidationError("-H '\(header)' is not a header; write it as 'Name: value'")
            }
            fields.append(
                HTTPField(name: name, value: header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            )
        }
        return fields
    }

    /// The client configuration these options describe, on top of the environment's.
    func configuration(baseURL overridingBaseURL: URL? = nil, apiKey overridingKey: String? = nil) throws
        -> NeosantaraClient.Configuration
    {
        var configuration = NeosantaraClient.Configuration()
        if let key = overridingKey ?? apiKey {
            configuration.apiKey = APIKey(key)
        }
        if let url = overridingBaseURL ?? baseURL.flatMap(URL.init(string:)) {
            configuration.baseURL = url
        }
        configuration.defaultHeaders = try parsedHeaders()
        if let timeout {
            // A user who says `--timeout 1` expects no wait longer than a second, so the one number bounds
            // all three of the SDK's limits, the pause between stream chunks included.
            let limit = Duration.milliseconds(Int64(timeout * 1000))
            configuration.timeout.request = limit
            configuration.timeout.connect = min(configuration.timeout.connect, limit)
            configuration.timeout.idle = min(configuration.timeout.idle, limit)
        }
        if let maxRetries {
            configuration.retry.maxAttempts = maxRetries + 1
        }
        if let logger = DebugLogger.fromEnvironment() {
            configuration.logger = logger
        }
        return configuration
    }
}

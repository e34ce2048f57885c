import Foundation
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// The key the tests send; it must never appear in an error.
let testAPIKey = "nsk_test_4f2a9c8e7d6b5a4f3e2d1c0b"

/// A client for the test server at `baseURL`.
///
/// It makes one attempt per call unless given a retry policy, so that tests of single failures stay
/// fast; `sleep` replaces the waits between attempts.
func makeClient(
    _ baseURL: URL,
    apiKey: APIKey? = APIKey(testAPIKey),
    headers: HTTPFields = [:],
    timeout: Duration = .seconds(10),
    maximumResponseBodySize: Int = 64 * 1024 * 1024,
    retry: RetryPolicy = .disabled,
    sleep: (@Sendable (Duration) async throws -> Void)? = nil
) -> NeosantaraClient {
    var configuration = NeosantaraClient.Configuration(
        apiKey: apiKey, baseURL: baseURL, defaultHeaders: headers, timeout: .init(request: timeout), retry: retry,
        maximumResponseBodySize: maximumResponseBodySize)
    if let sleep {
        configuration.sleep = sleep
    }
    return NeosantaraClient(configuration: configuration)
}

/// The ``NeosantaraError`` `body` throws, or a recorded issue when it throws none or another error.
func expectError<Value>(
    _ body: () async throws -> Value,
    sourceLocation: SourceLocation = #_sourceLocation
) async -> NeosantaraError? {
    do {
        let value = try await body()
        Issue.record("expected an error, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as NeosantaraError {
        return error
    } catch {
        Issue.record("expected a NeosantaraError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// A chat completion body like the gateway's.
let completionJSON = """
    {"id":"chatcmpl-1","object":"chat.completion","created":1717950000,"model":"nusantara-base",\
    "choices":[{"index":0,"message":{"role":"assistant","content":"Jakarta."},"finish_reason":"stop"}],\
    "usage":{"prompt_tokens":12,"completion_tokens":2,"total_tokens":14},\
    "_metadata":{"creator":"NeosantaraAI","timestamp":"2025-06-20T10:00:00.123Z","request_id":"gw-1"}}
    """

extension RecordedRequest {
    /// The value of header `name`, or `nil` when the request had none.
    func header(_ name: String) -> String? {
        headers[HTTPField.Name(name)!]
    }
}

extension HTTPField.Name {
    /// `x-request-id`, which the client sends and the server echoes.
    static let requestID = HTTPField.Name("x-request-id")!
}

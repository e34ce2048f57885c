import Foundation
import HTTPTypes

/// The SDK's internal hot paths, reachable by the allocation benchmarks of the repository's `Benchmarks/`
/// package only (`@_spi(Benchmarks) import Neosantara`). Not API: it may change in any release.
///
/// Each entry runs the very code a call runs, so that its allocation count is the call's.
@_spi(Benchmarks) public enum BenchmarkHooks {
    /// Decodes a successful chat completion body as ``ChatCompletions/create(_:options:)`` does.
    public static func decodeChatCompletion(_ body: Data) throws -> ChatCompletionsResponse {
        try ErrorDecoder.decode(
            ChatCompletionsResponse.self, from: body, status: 200, headers: HTTPFields(), requestID: "")
    }

    /// Encodes a request's JSON body as a call does before sending it.
    public static func encodeRequest(_ request: ChatCompletionsRequest) throws -> Data {
        try RequestExecutor.jsonBody(request)
    }
}

import Foundation
import HTTPTypes
import NIOCore
import Neosantara
import NeosantaraTesting
import Testing

/// The key the tests send.
let testAPIKey = "nsk_test_7c1e5a9b3d2f4e6a8b0c"

/// A client of `server`.
func makeClient(
    _ server: NeosantaraTestServer,
    apiKey: String = testAPIKey,
    timeout: Duration = .seconds(10)
) -> NeosantaraClient {
    NeosantaraClient(
        configuration: .init(
            apiKey: APIKey(apiKey), baseURL: server.baseURL, timeout: .init(request: timeout), retry: .disabled))
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

/// A response read over a real socket without the client: head, and the body exactly as the chunks arrived.
struct RawResponse {
    var head: HTTPResponse
    var chunks: [[UInt8]]

    var bytes: [UInt8] { chunks.flatMap { $0 } }
    var text: String { String(decoding: bytes, as: UTF8.self) }
    var json: JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) }
}

/// Sends a request to `server` through the SDK's transport, bypassing the client, and reads the whole body.
func send(
    _ server: NeosantaraTestServer,
    _ method: HTTPRequest.Method,
    _ path: String,
    body: String? = nil,
    headers: HTTPFields = [:]
) async throws -> RawResponse {
    let (head, responseBody) = try await open(server, method, path, body: body, headers: headers)
    var chunks: [[UInt8]] = []
    for try await chunk in responseBody {
        chunks.append(Array(chunk.readableBytesView))
    }
    return RawResponse(head: head, chunks: chunks)
}

/// Sends a request to `server` through the SDK's transport, bypassing the client, and returns the head and the
/// body unread, to read as it arrives.
func open(
    _ server: NeosantaraTestServer,
    _ method: HTTPRequest.Method,
    _ path: String,
    body: String? = nil,
    headers: HTTPFields = [:]
) async throws -> (HTTPResponse, HTTPResponseBody) {
    let url = server.baseURL
    var fields: HTTPFields = [.contentType: "application/json"]
    for field in headers {
        fields[field.name] = field.value
    }
    let request = HTTPRequest(
        method: method, scheme: "http", authority: "\(url.host!):\(url.port!)", path: path, headerFields: fields)
    return try await AsyncHTTPClientTransport().send(
        request, body: body.map { .bytes(Array($0.utf8)) },
        timeouts: .init(response: .seconds(10), connect: .seconds(10)))
}

/// The data of each `data:` event of a server-sent-events body that uses the gateway's framing.
func eventPayloads(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { String($0.dropFirst("data: ".count)) }
}

/// The chunks of a stream body, `[DONE]` left out.
func decodeChunks(_ text: String) throws -> [ChatCompletionChunk] {
    try eventPayloads(text).filter { $0 != "[DONE]" }.map {
        try JSONDecoder().decode(ChatCompletionChunk.self, from: Data($0.utf8))
    }
}

/// A chat request body as JSON text.
func chatBody(_ message: String = "Halo apa kabar?", _ extra: String = "") -> String {
    #"{"model":"nusantara-base","messages":[{"role":"user","content":"\#(message)"}]\#(extra.isEmpty ? "" : "," + extra)}"#
}

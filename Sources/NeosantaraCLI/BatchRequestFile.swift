import Foundation
import Neosantara

/// The gateway's JSONL formats for `batch run`: request lines in, result lines out.
enum BatchRequestFile {
    private struct Line: Decodable {
        var customID: String
        var url: String
        var body: JSONValue

        enum CodingKeys: String, CodingKey {
            case url, body
            case customID = "custom_id"
        }
    }

    /// The requests of a checked input file, as typed requests for their endpoint.
    static func read(_ url: URL, endpoint: BatchEndpoint?) throws -> [BatchRequest] {
        let decoder = JSONDecoder()
        var requests: [BatchRequest] = []
        let lines = try String(contentsOf: url, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        for (number, text) in lines.enumerated() where !text.allSatisfy(\.isWhitespace) {
            let line = try decoder.decode(Line.self, from: Data(text.utf8))
            let body = try JSONEncoder().encode(line.body)
            switch BatchEndpoint(rawValue: line.url) {
            case .chatCompletions:
                requests.append(
                    BatchRequest(
                        customID: line.customID, body: try decoder.decode(ChatCompletionsRequest.self, from: body)))
            case .embeddings:
                requests.append(
                    BatchRequest(customID: line.customID, body: try decoder.decode(EmbeddingsRequest.self, from: body)))
            default:
                throw NeosantaraError(
                    kind: .invalidRequest,
                    message: "line \(number + 1): batch run supports /v1/chat/completions and /v1/embeddings, "
                        + "not \(line.url)")
            }
        }
        return requests
    }

    /// A result as a line: `{"custom_id", "response", "error"}`, the error as the API gave it.
    static func resultLine(_ result: BatchResult<JSONValue>) -> String {
        var object: [String: JSONValue] = ["custom_id": .string(result.customID)]
        switch result.result {
        case .success(let body):
            object["response"] = body
            object["error"] = .null
        case .failure(let error):
            object["response"] = .null
            var details: [String: JSONValue] = ["message": .string(error.message), "kind": .string("\(error.kind)")]
            if let status = error.status { details["status"] = .int(status) }
            if let code = error.apiError?.code { details["code"] = .string(code.rawValue) }
            object["error"] = .object(details)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(JSONValue.object(object)), as: UTF8.self)) ?? "{}"
    }
}

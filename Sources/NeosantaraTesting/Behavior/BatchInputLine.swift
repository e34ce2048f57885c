import Foundation
import Neosantara

/// One request of a batch's input file, checked as the gateway checks it.
struct BatchInputLine: Sendable {
    /// The line's number in the file, from 1.
    var number: Int
    var customID: String
    /// The path the line calls, such as `/v1/chat/completions`.
    var url: String
    /// The request body, re-encoded as JSON bytes.
    var body: Data

    /// What an input file holds: its requests, or what is wrong with it.
    enum Parsed {
        case lines([BatchInputLine])
        case failed(BatchErrors)
    }

    /// One line: a request, or what is wrong with it.
    private enum Checked {
        case line(BatchInputLine)
        case problem(BatchError)
    }

    /// The lines of `content`, or the problems that make the batch fail: a line that is empty or not a JSON
    /// object, a missing or repeated `custom_id`, a method other than `POST`, a `url` other than `endpoint`, a
    /// missing `body`. A final newline ends the last line rather than starting an empty one.
    static func parse(_ content: Data, endpoint: BatchEndpoint) -> Parsed {
        var lines: [BatchInputLine] = []
        var problems: [BatchError] = []
        var seen: Set<String> = []
        var pieces = content.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if pieces.last?.isEmpty == true {
            pieces.removeLast()
        }
        for (index, piece) in pieces.enumerated() {
            let number = index + 1
            switch check(Data(piece), number: number, endpoint: endpoint, seen: seen) {
            case .line(let line):
                seen.insert(line.customID)
                lines.append(line)
            case .problem(let problem):
                problems.append(problem)
            }
        }
        if pieces.isEmpty {
            problems.append(BatchError(code: "empty_file", message: "The input file has no requests.", line: nil))
        }
        return problems.isEmpty ? .lines(lines) : .failed(BatchErrors(data: problems))
    }

    private static func check(_ bytes: Data, number: Int, endpoint: BatchEndpoint, seen: Set<String>)
        -> Checked
    {
        func problem(_ code: String, _ message: String, param: String? = nil) -> Checked {
            .problem(BatchError(code: code, message: "Line \(number): \(message)", line: number, param: param))
        }
        guard let object = (try? JSONDecoder().decode(JSONValue.self, from: bytes))?.objectValue else {
            return problem("invalid_json_line", "not a JSON object.")
        }
        guard let customID = object["custom_id"]?.stringValue, !customID.isEmpty else {
            return problem("missing_required_parameter", "`custom_id` is required.", param: "custom_id")
        }
        guard !seen.contains(customID) else {
            return problem("duplicate_custom_id", "`custom_id` `\(customID)` is used twice.", param: "custom_id")
        }
        guard object["method"]?.stringValue == "POST" else {
            return problem("invalid_method", "`method` must be `POST`.", param: "method")
        }
        guard let url = object["url"]?.stringValue, url == endpoint.rawValue else {
            return problem("invalid_url", "`url` must be the batch's endpoint `\(endpoint)`.", param: "url")
        }
        guard let body = object["body"], body.objectValue != nil, let encoded = try? WireJSON.encode(body) else {
            return problem("missing_required_parameter", "`body` must be a JSON object.", param: "body")
        }
        return .line(BatchInputLine(number: number, customID: customID, url: url, body: Data(encoded)))
    }
}

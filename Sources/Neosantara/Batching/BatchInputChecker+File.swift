import Foundation
import NIOCore

extension BatchInputChecker {
    /// One line of an input file in the gateway's format, as far as checking it needs.
    private struct Line: Decodable {
        var customID: String?
        var method: String?
        var url: String?
        var body: JSONValue?

        enum CodingKeys: String, CodingKey {
            case method, url, body
            case customID = "custom_id"
        }
    }

    /// Checks an input file in the gateway's JSONL format line by line, reading it in chunks.
    ///
    /// Every line must be a JSON object with a non-empty, unique `custom_id`, `method` `POST`, a `url` that is
    /// `endpoint` (or, without one, the first line's), and an object `body`; the file must hold at least one
    /// request and stay within `limits`. Blank lines are skipped.
    ///
    /// - Throws: An ``NeosantaraError/Kind/invalidRequest`` error naming the file, or the first bad line by
    ///   its number.
    static func check(fileAt url: URL, endpoint: BatchEndpoint?, limits: BatchLimits) throws(NeosantaraError)
        -> BatchInputSummary
    {
        let size = try LocalFile.size(of: url)
        var checker = BatchInputChecker(limits: limits, endpoint: endpoint)
        var splitter = JSONLineSplitter()
        do {
            let reader = try LocalFile.Reader(path: url.path, size: size)
            while let chunk = try reader.next() {
                splitter.append(chunk)
                while let line = splitter.nextLine() {
                    try checker.check(line: line, number: splitter.lineNumber, bytes: line.count + 1)
                }
            }
        } catch let error as NeosantaraError {
            throw error
        } catch {
            throw NeosantaraError(kind: .invalidRequest, message: "the file \(url.path) cannot be read (\(error))")
        }
        if let line = splitter.finish() {
            try checker.check(line: line, number: splitter.lineNumber, bytes: line.count)
        }
        guard checker.requestCount > 0 else {
            throw NeosantaraError(kind: .invalidRequest, message: "the file \(url.path) holds no request")
        }
        return BatchInputSummary(
            url: url, endpoint: checker.endpoint, requestCount: checker.requestCount, byteCount: size)
    }

    /// Checks one raw line of the gateway's format.
    private mutating func check(line: [UInt8], number: Int, bytes: Int) throws(NeosantaraError) {
        guard let parsed = try? JSONDecoder().decode(Line.self, from: Data(line)) else {
            throw Self.problem(number, "not a JSON object with `custom_id`, `method`, `url` and `body`", nil)
        }
        guard let customID = parsed.customID else {
            throw Self.problem(number, "`custom_id` is missing", "custom_id")
        }
        guard parsed.method == "POST" else {
            throw Self.problem(number, "`method` must be `POST`, not `\(parsed.method ?? "nothing")`", "method")
        }
        guard let url = parsed.url, !url.isEmpty else { throw Self.problem(number, "`url` is missing", "url") }
        guard parsed.body?.objectValue != nil else {
            throw Self.problem(number, "`body` must be a JSON object", "body")
        }
        try check(customID: customID, url: BatchEndpoint(rawValue: url), bytes: bytes, line: number)
    }
}

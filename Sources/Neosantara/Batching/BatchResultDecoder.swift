import Foundation
import HTTPTypes

/// Turns a line of a batch's output or error file into a ``BatchResult``, building a failed request's error
/// with the executor's own ``ErrorDecoder``, from the line's status and body, as a live call would.
enum BatchResultDecoder {
    /// A line whose response decodes as `Response`: the common case, decoded in one pass.
    private struct SuccessLine<Response: Decodable>: Decodable {
        struct Body: Decodable {
            var statusCode: Int
            var requestID: String?
            var body: Response

            enum CodingKeys: String, CodingKey {
                case body
                case statusCode = "status_code"
                case requestID = "request_id"
            }
        }

        var customID: String
        var response: Body

        enum CodingKeys: String, CodingKey {
            case response
            case customID = "custom_id"
        }
    }

    /// Any line, with the body kept as JSON.
    private struct AnyLine: Decodable {
        struct Body: Decodable {
            var statusCode: Int
            var requestID: String?
            var body: JSONValue?

            enum CodingKeys: String, CodingKey {
                case body
                case statusCode = "status_code"
                case requestID = "request_id"
            }
        }

        var customID: String
        var response: Body?
        var error: APIError?

        enum CodingKeys: String, CodingKey {
            case response, error
            case customID = "custom_id"
        }
    }

    private static let decoder = JSONDecoder()
    private static let encoder = JSONEncoder()

    /// The result on `line`, line `number` of `file`.
    ///
    /// - Throws: A ``NeosantaraError/Kind/decoding`` error naming the file and line when the line is not a
    ///   result at all.
    static func result<Response: Decodable & Sendable>(
        _ line: [UInt8], number: Int, file: String, as: Response.Type
    ) throws(NeosantaraError) -> BatchResult<Response> {
        let data = Data(line)
        if let success = try? decoder.decode(SuccessLine<Response>.self, from: data),
            (200..<300).contains(success.response.statusCode)
        {
            return BatchResult(
                customID: success.customID, result: .success(success.response.body),
                requestID: success.response.requestID)
        }
        let parsed: AnyLine
        do {
            parsed = try decoder.decode(AnyLine.self, from: data)
        } catch {
            throw NeosantaraError(
                kind: .decoding,
                message: "line \(number) of \(file) is not a batch result with `custom_id` and `response` or "
                    + "`error`: \(error)",
                body: data, underlying: error)
        }
        return BatchResult(
            customID: parsed.customID, result: outcome(of: parsed, as: Response.self),
            requestID: parsed.response?.requestID)
    }

    /// The outcome of a line the one-pass decoding did not take: its response failed, is missing, or decodes
    /// only through the executor's decoder, which also says exactly what did not decode.
    private static func outcome<Response: Decodable>(of line: AnyLine, as: Response.Type)
        -> Result<Response, NeosantaraError>
    {
        guard let response = line.response else {
            let reason = line.error?.message ?? "no reason given"
            return .failure(
                NeosantaraError(
                    kind: .batchRequestNotRun, message: "the batch did not run `\(line.customID)`: \(reason)",
                    apiError: line.error))
        }
        let body = response.body.flatMap { try? encoder.encode($0) } ?? Data()
        let requestID = response.requestID ?? ""
        guard (200..<300).contains(response.statusCode) else {
            return .failure(
                ErrorDecoder.httpError(status: response.statusCode, headers: [:], body: body, requestID: requestID))
        }
        return Result { () throws(NeosantaraError) in
            try ErrorDecoder.decode(
                Response.self, from: body, status: response.statusCode, headers: [:], requestID: requestID)
        }
    }
}

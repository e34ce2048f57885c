import Foundation

extension APIResponse {
    /// An error about the model's answer in this response, carrying the response's status, headers and request
    /// id, and the raw answer in ``NeosantaraError/modelOutput``.
    func answerError(_ kind: NeosantaraError.Kind, _ message: String, output: String?, path: String? = nil)
        -> NeosantaraError
    {
        NeosantaraError(
            kind: kind, message: message, status: httpStatus, headers: headers, requestID: requestID,
            codingPath: path, modelOutput: output)
    }

    /// The JSON `json` of the model's answer decoded as `Output` with ``StructuredOutput/decoder``; a value that
    /// does not decode throws ``NeosantaraError/Kind/invalidOutput`` naming the coding path, with `output` kept.
    func decodeAnswer<Output: Decodable>(_ type: Output.Type, json: String, output: String) throws(NeosantaraError)
        -> Output
    {
        do {
            return try StructuredOutput.decoder.decode(type, from: Data(json.utf8))
        } catch let error as DecodingError {
            let (path, reason) = ErrorDecoder.describe(error)
            throw answerError(
                .invalidOutput, "`\(Output.self)` did not decode at \(path): \(reason)", output: output, path: path)
        } catch {
            throw answerError(.invalidOutput, "`\(Output.self)` did not decode: \(error)", output: output)
        }
    }
}

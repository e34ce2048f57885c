/// The result of one request of a batch: its `custom_id`, and the response or the error a live call would have
/// given.
///
/// ```swift
/// for try await result in client.batches.results(of: batch, as: ChatCompletionsResponse.self) {
///     switch result.result {
///     case .success(let completion): print(result.customID, completion.choices.first?.message.content ?? "")
///     case .failure(let error): print(result.customID, "failed:", error.kind, error.message)
///     }
/// }
/// ```
public struct BatchResult<Response: Sendable>: Sendable {
    /// The id the request was given in the input file.
    public var customID: String
    /// The response, or the error built from the line's status and body exactly as a live call would build
    /// it; a request the batch never ran is a ``NeosantaraError/Kind/batchRequestNotRun`` error.
    public var result: Result<Response, NeosantaraError>
    /// The request id the server gave the request, when it ran.
    public var requestID: String?

    /// Creates a result.
    public init(customID: String, result: Result<Response, NeosantaraError>, requestID: String? = nil) {
        self.customID = customID
        self.result = result
        self.requestID = requestID
    }

    /// The response, or `nil` when the request failed.
    public var response: Response? { try? result.get() }
    /// The error, or `nil` when the request succeeded.
    public var error: NeosantaraError? {
        guard case .failure(let error) = result else { return nil }
        return error
    }
}

extension BatchResult: Equatable where Response: Equatable {
    /// Results are equal when their ids, request ids and responses are, or their errors have the same kind,
    /// status and message.
    public static func == (lhs: BatchResult, rhs: BatchResult) -> Bool {
        guard lhs.customID == rhs.customID, lhs.requestID == rhs.requestID else { return false }
        switch (lhs.result, rhs.result) {
        case (.success(let left), .success(let right)): return left == right
        case (.failure(let left), .failure(let right)):
            return left.kind == right.kind && left.status == right.status && left.message == right.message
        default: return false
        }
    }
}

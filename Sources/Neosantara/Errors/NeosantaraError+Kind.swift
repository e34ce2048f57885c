extension NeosantaraError {
    /// The kind of a ``NeosantaraError``.
    ///
    /// Kinds are static members rather than enum cases, so that a new kind is not a breaking change.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        /// A short phrase naming the kind.
        let summary: String
        /// What the caller can do about it; the command-line tool words some of it in its own terms.
        package let advice: String

        private init(_ name: String, summary: String, advice: String) {
            self.name = name
            self.summary = summary
            self.advice = advice
        }

        /// The kind's name, for example `rateLimited`.
        public var description: String { name }

        /// Kinds are equal when their names are.
        public static func == (lhs: Kind, rhs: Kind) -> Bool { lhs.name == rhs.name }

        /// Hashes the kind's name.
        public func hash(into hasher: inout Hasher) { hasher.combine(name) }

        /// 400: the server rejected the request.
        public static let badRequest = Kind(
            "badRequest", summary: "bad request", advice: "Fix the request; sending it again will not help")
        /// 401: the API key is missing, wrong or expired.
        public static let authentication = Kind(
            "authentication", summary: "authentication failed",
            advice: "Check that NEOSANTARA_API_KEY (or the apiKey you pass) holds a valid key")
        /// 402: the account has no balance left.
        public static let insufficientBalance = Kind(
            "insufficientBalance", summary: "insufficient balance", advice: "Top up the account's balance")
        /// 403: the key may not do this.
        public static let permissionDenied = Kind(
            "permissionDenied", summary: "permission denied",
            advice: "Use a key or tier that has access to this model or operation")
        /// 404: the model or object does not exist.
        public static let notFound = Kind(
            "notFound", summary: "not found", advice: "Check the model id or path; `models.list()` shows the models")
        /// 409: the request conflicts with the current state.
        public static let conflict = Kind("conflict", summary: "conflict", advice: "Retry the request")
        /// 422: the request is well-formed but cannot be processed.
        public static let unprocessableEntity = Kind(
            "unprocessableEntity", summary: "unprocessable request", advice: "Fix the request's values")
        /// 429: too many requests or tokens.
        public static let rateLimited = Kind(
            "rateLimited", summary: "rate limited", advice: "Wait for `retryAfter`, then retry, or slow down")
        /// 5xx: the gateway or the provider behind it failed.
        public static let serverError = Kind(
            "serverError", summary: "server error", advice: "Retry later; the gateway or its provider failed")
        /// Any other status outside 200–299.
        public static let unexpectedStatus = Kind(
            "unexpectedStatus", summary: "unexpected status", advice: "Check the base URL points at the API")
        /// The server could not be reached, or the connection broke.
        public static let connection = Kind(
            "connection", summary: "connection failed", advice: "Check the network and the base URL, then retry")
        /// A time limit passed before the response arrived.
        public static let timeout = Kind(
            "timeout", summary: "timed out",
            advice: "Retry, or raise the timeout in the configuration or request options")
        /// The task was cancelled.
        public static let cancelled = Kind("cancelled", summary: "cancelled", advice: "")
        /// The response did not decode as the expected type.
        public static let decoding = Kind(
            "decoding", summary: "response did not decode",
            advice: "The server sent an unexpected shape; see `body` and `codingPath`")
        /// The response body was larger than the configured limit.
        public static let responseTooLarge = Kind(
            "responseTooLarge", summary: "response too large",
            advice: "Raise `maximumResponseBodySize` in the configuration if this size is expected")
        /// A local file could not be read or written: a download's destination, say.
        public static let localFile = Kind(
            "localFile", summary: "local file error", advice: "Check the path, its folder and its permissions")
        /// The request failed the SDK's own checks; nothing was sent.
        public static let invalidRequest = Kind(
            "invalidRequest", summary: "invalid request", advice: "Nothing was sent; fix the named parameter")
        /// No API key was given and `NEOSANTARA_API_KEY` is not set; nothing was sent.
        public static let missingAPIKey = Kind(
            "missingAPIKey", summary: "no API key",
            advice: "Set NEOSANTARA_API_KEY or pass apiKey: when creating the client")
        /// A ``NeosantaraMiddleware`` threw before the request was sent; ``NeosantaraError/underlying`` holds
        /// its error. Nothing was sent.
        public static let middleware = Kind(
            "middleware", summary: "a middleware failed",
            advice: "See `underlying` for the middleware's error; nothing was sent")

        /// The model refused to answer; ``NeosantaraError/modelOutput`` holds its refusal.
        public static let refused = Kind(
            "refused", summary: "the model refused", advice: "See `modelOutput` for the refusal; rephrase the request")
        /// The model stopped at the token limit before its structured answer was complete.
        public static let outputTruncated = Kind(
            "outputTruncated", summary: "the answer was cut off at the token limit",
            advice: "Raise `maxTokens` or ask for a shorter answer")
        /// The provider's content filter stopped the answer.
        public static let contentFiltered = Kind(
            "contentFiltered", summary: "the answer was stopped by the content filter", advice: "Rephrase the request")
        /// The model's answer is not JSON of the expected shape; ``NeosantaraError/modelOutput`` holds it.
        public static let invalidOutput = Kind(
            "invalidOutput", summary: "the answer does not match the expected type",
            advice: "See `modelOutput` and `codingPath`; a strict JSON schema or a clearer prompt helps")
        /// A stream ended before the server said it was complete: no `data: [DONE]`, and a choice without a
        /// finish reason. The answer may be cut short.
        public static let incompleteStream = Kind(
            "incompleteStream", summary: "incomplete stream",
            advice: "The answer may be cut short; retry the request")
        /// The server sent an error object in the middle of a stream; ``NeosantaraError/apiError`` holds it.
        public static let streamError = Kind(
            "streamError", summary: "error in stream", advice: "See `apiError`; retry if the error is temporary")
        /// A request of a batch that the batch never ran, such as one left when the batch expired;
        /// ``NeosantaraError/apiError`` holds the batch's reason.
        public static let batchRequestNotRun = Kind(
            "batchRequestNotRun", summary: "the batch did not run the request",
            advice: "Send the request again, on its own or in a new batch")

        /// A webhook delivery did not verify; ``NeosantaraError/webhookFailure`` says which check failed.
        public static let webhookVerification = Kind(
            "webhookVerification", summary: "webhook verification failed",
            advice: "Reject the delivery; check the endpoint's signing secret if every delivery fails")

        /// The kind for an HTTP error status.
        public static func forStatus(_ status: Int) -> Kind {
            switch status {
            case 400: .badRequest
            case 401: .authentication
            case 402: .insufficientBalance
            case 403: .permissionDenied
            case 404: .notFound
            case 409: .conflict
            case 422: .unprocessableEntity
            case 429: .rateLimited
            case 500...599: .serverError
            default: .unexpectedStatus
            }
        }
    }
}

import Foundation
import HTTPTypes

extension RequestExecutor {
    /// The header that tells the server how many times this call was retried before this attempt.
    static let retryCountField = HTTPField.Name("x-neosantara-retry-count")!

    /// Sends `route` until an attempt succeeds or the retry policy gives up, and returns what `finish`
    /// makes of the successful response.
    ///
    /// The request is prepared once, so every attempt sends the same body and `x-request-id`; only
    /// `x-neosantara-retry-count` changes. An error thrown by `finish` counts as the attempt's failure.
    /// The error thrown at the end is the last attempt's, with ``NeosantaraError/attempts`` set.
    ///
    /// - Parameter boundingBody: Whether the request timeout also bounds reading the body, as it does for
    ///   a call that reads the whole body; a stream's body has only the idle timeout.
    func withRetries<Result>(
        _ route: Route,
        body: (some Encodable)?,
        options: RequestOptions,
        boundingBody: Bool,
        _ finish: (OpenResponse) async throws(NeosantaraError) -> Result
    ) async throws(NeosantaraError) -> Result {
        let requestID = options.requestID ?? options.headers[Self.requestIDField] ?? Self.generateRequestID()
        let request: HTTPRequest
        let payload: Data?
        do {
            (request, payload) = try prepare(route, body: body, requestID: requestID, options: options)
        } catch {
            throw redacted(ErrorDecoder.classify(error, requestID: requestID))
        }
        let policy = options.retry ?? configuration.retry
        let start = ContinuousClock.now
        var retries = 0
        while true {
            var attempt = request
            attempt.headerFields[Self.retryCountField] = String(retries)
            do {
                let response = try await openAttempt(
                    attempt, payload: payload, requestID: requestID, options: options, boundingBody: boundingBody)
                return try await finish(response)
            } catch {
                var error = error
                error.attempts = retries + 1
                guard retries + 1 < policy.maxAttempts, policy.isRetryable(error) else { throw error }
                let delay = policy.delay(beforeRetry: retries + 1, after: error, random: .random(in: 0..<1))
                if let limit = policy.maxElapsedTime, ContinuousClock.now - start + delay > limit {
                    throw error
                }
                try await pause(for: delay, requestID: requestID, attempts: retries + 1)
                retries += 1
            }
        }
    }

    /// Waits `delay` before the next attempt, or throws a ``NeosantaraError/Kind/cancelled`` error as soon
    /// as the task is cancelled.
    private func pause(for delay: Duration, requestID: String, attempts: Int) async throws(NeosantaraError) {
        do {
            try await configuration.sleep(delay)
            try Task.checkCancellation()
        } catch {
            throw NeosantaraError(
                kind: .cancelled, message: "the task was cancelled while waiting \(delay) to retry",
                requestID: requestID, underlying: error, attempts: attempts)
        }
    }
}

import Foundation
import HTTPTypes

extension RequestExecutor {
    /// The header that tells the server how many times this call was retried before this attempt.
    static let retryCountField = HTTPField.Name("x-neosantara-retry-count")!

    /// Sends `route` until an attempt succeeds or the retry policy gives up, and returns what `finish`
    /// makes of the successful response.
    ///
    /// The request is prepared once, so every attempt sends the same body and `x-request-id`; only
    /// `x-neosantara-retry-count` and the trace context change. An error thrown by `finish` counts as the
    /// attempt's failure. The error thrown at the end is the last attempt's, with
    /// ``NeosantaraError/attempts`` set. Each attempt runs the middleware and is logged and traced through
    /// `operation`; ending the operation is the caller's.
    ///
    /// - Parameter boundingBody: Whether the request timeout also bounds reading the body, as it does for
    ///   a call that reads the whole body; a stream's body has only the idle timeout.
    func withRetries<Result>(
        _ route: Route,
        _ payload: RequestPayload,
        options: RequestOptions,
        operation: OperationInstrumentation,
        boundingBody: Bool,
        _ finish: (OpenResponse) async throws(NeosantaraError) -> Result
    ) async throws(NeosantaraError) -> Result {
        let requestID = operation.requestID
        let request: PreparedRequest
        do {
            request = try prepare(route, payload, requestID: requestID, options: options)
        } catch {
            throw redactor.redact(ErrorDecoder.classify(error, requestID: requestID))
        }
        let policy = options.retry ?? configuration.retry
        let middleware = MiddlewareChain(configuration: configuration, options: options)
        let start = ContinuousClock.now
        var retries = 0
        while true {
            var attempt = request
            if retries > 0 {
                attempt.head.headerFields[Self.retryCountField] = String(retries)
            }
            let instrumentation = operation.beginAttempt(&attempt.head)
            let context = MiddlewareContext(
                operation: route.operation, model: route.model, requestID: requestID, attempt: retries + 1,
                // The call's metadata costs a dictionary, and only middleware reads this logger.
                logger: middleware.isEmpty ? operation.baseLogger : operation.logger)
            do {
                try await middleware.willSend(&attempt.head, body: attempt.bodyData, context: context)
                operation.logRequest(attempt.head, body: attempt.bodyData, attempt: instrumentation)
                let response = try await openAttempt(
                    attempt, operation: operation, options: options, boundingBody: boundingBody)
                let result = try await finish(response)
                operation.attemptSucceeded(
                    instrumentation, request: attempt.head, status: response.head.status.code)
                await middleware.didReceive(response.head, context: context)
                return result
            } catch {
                var error = redactor.redact(error)
                error.attempts = retries + 1
                var delay = retryDelay(after: error, retries: retries, policy: policy, elapsed: .now - start)
                if delay != nil, let body = request.body, !body.isReplayable, body.hasBeenRead {
                    delay = nil
                    error.message +=
                        " (not retried: the request body was a one-shot sequence that cannot be sent again)"
                }
                operation.attemptFailed(instrumentation, request: attempt.head, error: error, retryDelay: delay)
                await middleware.didFail(error, context: context)
                guard let delay else { throw error }
                try await pause(for: delay, requestID: requestID, attempts: retries + 1)
                retries += 1
            }
        }
    }

    /// The wait before the next attempt after `error`, or `nil` when the policy gives up: the error is not
    /// retryable, the attempts are used up, or the wait would pass the policy's time limit.
    private func retryDelay(after error: NeosantaraError, retries: Int, policy: RetryPolicy, elapsed: Duration)
        -> Duration?
    {
        guard retries + 1 < policy.maxAttempts, policy.isRetryable(error) else { return nil }
        let delay = policy.delay(beforeRetry: retries + 1, after: error, random: .random(in: 0..<1))
        if let limit = policy.maxElapsedTime, elapsed + delay > limit {
            return nil
        }
        return delay
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

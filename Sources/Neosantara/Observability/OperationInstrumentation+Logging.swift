import Foundation
import HTTPTypes
import Logging

extension OperationInstrumentation {
    /// At trace level, logs the request an attempt is about to send: its headers and body, secrets
    /// replaced.
    func logRequest(_ request: HTTPRequest, body: Data?, attempt: AttemptInstrumentation) {
        guard logLevel <= .trace else { return }
        var metadata = requestMetadata(request, attempt: attempt)
        metadata["neosantara.request.headers"] = redactor.metadata(for: request.headerFields)
        if let body {
            metadata["neosantara.request.body"] = redactor.metadata(forBody: body)
        }
        logger.trace("Sending request", metadata: metadata)
    }

    /// At trace level, logs a successful response's headers and, when it was read whole, its body.
    func logResponse(_ head: HTTPResponse, body: Data?) {
        guard logLevel <= .trace else { return }
        var metadata: Logger.Metadata = [
            "neosantara.status": .stringConvertible(head.status.code),
            "neosantara.response.headers": redactor.metadata(for: head.headerFields),
        ]
        if let body {
            metadata["neosantara.response.body"] = redactor.metadata(forBody: body)
        }
        logger.trace("Received response", metadata: metadata)
    }

    /// At trace level, logs the response an HTTP error came in, when there was one.
    func logResponse(error: NeosantaraError) {
        guard logLevel <= .trace, let status = error.status, let headers = error.headers else { return }
        var metadata: Logger.Metadata = [
            "neosantara.status": .stringConvertible(status),
            "neosantara.response.headers": redactor.metadata(for: headers),
        ]
        if let body = error.body {
            metadata["neosantara.response.body"] = redactor.metadata(forBody: body)
        }
        logger.trace("Received response", metadata: metadata)
    }

    /// At debug level, logs the one line that sums up an attempt: method, path, status, attempt, duration,
    /// and for a failure the error and the wait before the next attempt.
    func logAttempt(
        _ attempt: AttemptInstrumentation, request: HTTPRequest, status: Int?, error: NeosantaraError?,
        retryDelay: Duration?
    ) {
        guard logLevel <= .debug else { return }
        var metadata = requestMetadata(request, attempt: attempt)
        metadata["neosantara.duration_ms"] = .string(Self.milliseconds(ContinuousClock.now - attempt.start))
        if let status {
            metadata["neosantara.status"] = .stringConvertible(status)
        }
        guard let error else {
            logger.debug("Request attempt succeeded", metadata: metadata)
            return
        }
        metadata["neosantara.error"] = .string(error.kind.description)
        metadata["neosantara.error_message"] = .string(redactor.redact(error.message))
        if let retryDelay {
            metadata["neosantara.retry_in_ms"] = .string(Self.milliseconds(retryDelay))
        }
        logger.debug("Request attempt failed", metadata: metadata)
    }

    private func requestMetadata(_ request: HTTPRequest, attempt: AttemptInstrumentation) -> Logger.Metadata {
        [
            "neosantara.method": .string(request.method.rawValue),
            "neosantara.path": .string(redactor.redact(request.path ?? "")),
            "neosantara.attempt": .stringConvertible(attempt.number),
        ]
    }

    private static func milliseconds(_ duration: Duration) -> String {
        String(format: "%.1f", duration.inMilliseconds)
    }
}

import Foundation
import HTTPTypes

extension RequestExecutor {
    /// Opens one attempt: sends the prepared request, following redirects, and returns a 2xx response with its
    /// body unread, or throws the error for any other status.
    ///
    /// The request timeout bounds the whole attempt, every redirect hop included.
    ///
    /// - Parameter boundingBody: Whether the request timeout also bounds reading the body, as it does for a
    ///   call that reads the whole body; the returned ``OpenResponse/bodyLimits`` say so.
    func openAttempt(
        _ request: PreparedRequest,
        operation: OperationInstrumentation,
        options: RequestOptions,
        boundingBody: Bool
    ) async throws(NeosantaraError) -> OpenResponse {
        let requestID = operation.requestID
        let timeout = options.timeout ?? configuration.timeout.request
        let deadline = RequestDeadline(instant: .now + timeout, timeout: timeout)
        let idleTimeout = options.idleTimeout ?? configuration.timeout.idle
        do {
            let (head, responseBody) = try await sendFollowingRedirects(
                request, deadline: deadline, connectTimeout: options.connectTimeout ?? configuration.timeout.connect)
            let responseID = head.headerFields.first { $0.name == Self.requestIDField }?.value ?? requestID
            guard (200..<300).contains(head.status.code) else {
                let data = try await collect(
                    responseBody, within: BodyTimeLimits(idleTimeout: idleTimeout, deadline: deadline), head: head,
                    requestID: responseID)
                throw ErrorDecoder.httpError(
                    status: head.status.code, headers: head.headerFields, body: data, requestID: responseID)
            }
            let limits = BodyTimeLimits(idleTimeout: idleTimeout, deadline: boundingBody ? deadline : nil)
            return OpenResponse(
                head: head, body: responseBody, bodyLimits: limits, requestID: responseID, operation: operation)
        } catch {
            throw redactor.redact(ErrorDecoder.classify(error, requestID: requestID))
        }
    }

    /// Sends `request` and follows up to ``Redirect/maximumHops`` redirects, each within what is left of
    /// `deadline`; returns the first response that is not a redirect to follow.
    private func sendFollowingRedirects(
        _ request: PreparedRequest,
        deadline: RequestDeadline,
        connectTimeout: Duration
    ) async throws -> (HTTPResponse, HTTPResponseBody) {
        var head = request.head
        var body = request.body
        var hops = 0
        while true {
            let remaining = deadline.instant - .now
            guard remaining > .zero else {
                throw NeosantaraError(
                    kind: .timeout, message: "no response within \(deadline.timeout) (the request timeout)",
                    timeoutKind: .request)
            }
            let (response, responseBody): (HTTPResponse, HTTPResponseBody)
            do {
                (response, responseBody) = try await transport.send(
                    head, body: body, timeouts: HTTPTransportTimeouts(response: remaining, connect: connectTimeout))
            } catch var error as NeosantaraError where error.timeoutKind == .request {
                // The transport was given what was left of the timeout; the caller knows the timeout itself.
                error.message = "no response within \(deadline.timeout) (the request timeout)"
                throw error
            }
            guard let redirect = Redirect(response, request: head) else { return (response, responseBody) }
            guard hops < Redirect.maximumHops else {
                throw NeosantaraError(
                    kind: .unexpectedStatus,
                    message: "the server redirected more than \(Redirect.maximumHops) times; the last hop was to "
                        + redactor.redact(redirect.target.absoluteString),
                    status: response.status.code, headers: response.headerFields)
            }
            hops += 1
            (head, body) = try redirect.follow(from: head, body: body)
        }
    }
}

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
    ///
    /// Its synchronous work is out of line, in ``remainingTime(before:)`` and ``nextHop(after:head:body:hops:)``:
    /// every stream opens through this function, and the deepest frame chain a task reaches is the memory an
    /// open stream keeps while it waits.
    private func sendFollowingRedirects(
        _ request: PreparedRequest,
        deadline: RequestDeadline,
        connectTimeout: Duration
    ) async throws -> (HTTPResponse, HTTPResponseBody) {
        var head = request.head
        var body = request.body
        var hops = 0
        while true {
            let timeouts = HTTPTransportTimeouts(response: try remainingTime(before: deadline), connect: connectTimeout)
            let response: (HTTPResponse, HTTPResponseBody)
            do {
                response = try await transport.send(head, body: body, timeouts: timeouts)
            } catch {
                throw Self.withConfiguredTimeout(error, deadline)
            }
            guard let next = try nextHop(after: response.0, head: head, body: body, hops: hops) else { return response }
            (head, body) = next
            hops += 1
        }
    }

    /// What is left of the request timeout, or the timeout error when nothing is.
    @inline(never)
    private func remainingTime(before deadline: RequestDeadline) throws(NeosantaraError) -> Duration {
        let remaining = deadline.instant - .now
        guard remaining > .zero else {
            throw NeosantaraError(
                kind: .timeout, message: "no response within \(deadline.timeout) (the request timeout)",
                timeoutKind: .request)
        }
        return remaining
    }

    /// A transport's request timeout error worded with the configured timeout, which the caller knows, rather
    /// than what was left of it when the transport was called; any other error as it is.
    @inline(never)
    private static func withConfiguredTimeout(_ error: any Error, _ deadline: RequestDeadline) -> any Error {
        guard var timeout = error as? NeosantaraError, timeout.timeoutKind == .request else { return error }
        timeout.message = "no response within \(deadline.timeout) (the request timeout)"
        return timeout
    }

    /// The request and body to send next when `response` is a redirect to follow, else `nil`.
    ///
    /// - Throws: A ``NeosantaraError`` after ``Redirect/maximumHops`` redirects, or when a redirect needs a
    ///   one-shot body sent again.
    @inline(never)
    private func nextHop(after response: HTTPResponse, head: HTTPRequest, body: HTTPRequestBody?, hops: Int)
        throws(NeosantaraError) -> (HTTPRequest, HTTPRequestBody?)?
    {
        guard let redirect = Redirect(response, request: head) else { return nil }
        guard hops < Redirect.maximumHops else {
            throw NeosantaraError(
                kind: .unexpectedStatus,
                message: "the server redirected more than \(Redirect.maximumHops) times; the last hop was to "
                    + redactor.redact(redirect.target.absoluteString),
                status: response.status.code, headers: response.headerFields)
        }
        return try redirect.follow(from: head, body: body)
    }
}

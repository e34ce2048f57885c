import Foundation
import HTTPTypes

extension RequestExecutor {
    /// Sends `route` and returns the response body as raw bytes once a 2xx head has arrived.
    ///
    /// Failures are retried until the head arrives, never after; the stream ends the call's instrumentation.
    func bytes(_ route: Route, _ payload: RequestPayload = .none, options: RequestOptions)
        async throws(NeosantaraError) -> ByteStream
    {
        var route = route
        route.accept = "*/*"
        let response = try await open(route, payload, options: options)
        return ByteStream(response, redactor: redactor, endingOperation: true)
    }

    /// Sends `route` and saves the response body to `destination`, replacing any file there once the whole
    /// body has arrived.
    ///
    /// Only the idle timeout bounds the body, and no size limit. An attempt whose body breaks off is retried
    /// whole, as the retry policy says; the file is written only when one succeeds.
    func download(
        _ route: Route,
        to destination: URL,
        options: RequestOptions,
        onProgress: (@Sendable (TransferProgress) -> Void)?
    ) async throws(NeosantaraError) -> APIResponse<DownloadedFile> {
        var route = route
        route.accept = "*/*"
        let operation = instrumentation(for: route, options: options, streaming: false)
        do {
            let file = try await withRetries(
                route, .none, options: options, operation: operation, boundingBody: false
            ) { response throws(NeosantaraError) in
                let file = try await ByteStream(response, redactor: redactor, endingOperation: false)
                    .write(to: destination, onProgress: onProgress)
                return APIResponse(
                    value: file, httpStatus: response.head.status.code, headers: response.head.headerFields,
                    requestID: response.requestID)
            }
            operation.succeeded()
            return file
        } catch {
            operation.failed(error)
            throw error
        }
    }
}

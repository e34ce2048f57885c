import HTTPTypes
import NIOConcurrencyHelpers
import NIOCore

extension ByteStream {
    /// Reads the body of a ``ByteStream`` with the idle timeout, counts what arrived for messages, and ends the
    /// call's instrumentation with the stream when it owns it. Releasing it closes an unfinished body's
    /// connection.
    final class Reader: Sendable {
        private let body: TimedBodyReader
        private let redactor: Redactor
        private let response: RequestExecutor.OpenResponse
        /// The call's instrumentation, when this stream ends it.
        private let operation: OperationInstrumentation?
        /// The bytes read so far, and whether the body has ended.
        private let progress = NIOLockedValueBox((bytes: Int64(0), ended: false))

        init(_ response: RequestExecutor.OpenResponse, redactor: Redactor, operation: OperationInstrumentation?) {
            body = TimedBodyReader(base: response.body, limits: response.bodyLimits)
            self.redactor = redactor
            self.response = response
            self.operation = operation
        }

        deinit {
            body.stop()
            if !progress.withLockedValue({ $0.ended }) {
                operation?.failed(error(.cancelled, "the download was closed before its end"))
            }
        }

        /// The next chunk, or `nil` at the end of the body.
        func next() async throws(NeosantaraError) -> ByteBuffer? {
            guard !progress.withLockedValue({ $0.ended }) else { return nil }
            let chunk: ByteBuffer?
            do {
                chunk = try await body.next()
            } catch {
                let failure = cut(by: error)
                progress.withLockedValue { $0.ended = true }
                operation?.failed(failure)
                throw failure
            }
            guard let chunk else {
                progress.withLockedValue { $0.ended = true }
                operation?.succeeded()
                return nil
            }
            let isFirst = progress.withLockedValue { progress in
                defer { progress.bytes += Int64(chunk.readableBytes) }
                return progress.bytes == 0
            }
            if isFirst {
                operation?.received()
            }
            return chunk
        }

        private func cut(by underlying: any Error) -> NeosantaraError {
            let bytes = progress.withLockedValue { $0.bytes }
            if underlying is CancellationError || Task.isCancelled {
                return error(.cancelled, "the task was cancelled after \(bytes) bytes of the download")
            }
            if let underlying = underlying as? NeosantaraError {
                var failure = error(underlying.kind, "the download was cut after \(bytes) bytes: \(underlying.message)")
                failure.underlying = underlying.underlying
                failure.timeoutKind = underlying.timeoutKind
                return failure
            }
            var failure = error(.connection, "the download was cut after \(bytes) bytes: \(underlying)")
            failure.underlying = underlying
            return failure
        }

        private func error(_ kind: NeosantaraError.Kind, _ message: String) -> NeosantaraError {
            redactor.redact(
                NeosantaraError(
                    kind: kind, message: message, status: response.head.status.code,
                    headers: response.head.headerFields, requestID: response.requestID))
        }
    }
}

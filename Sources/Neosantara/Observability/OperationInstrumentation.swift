import Foundation
import HTTPTypes
import Logging
import NIOConcurrencyHelpers
import Tracing

/// Logs, measures and traces one operation — one call of the API, retries included — and each of its
/// attempts.
///
/// The executor creates one per call. `send` ends it when the response is decoded; `open` hands it to the
/// caller with the unread body, and a stream must then call ``received()`` for each element and
/// ``succeeded(_:)`` or ``failed(_:)`` once at its end. An operation dropped without either ends as
/// cancelled. Every method may be called from any task; ending twice has no effect.
final class OperationInstrumentation: Sendable {
    /// The `x-request-id` every attempt sends.
    let requestID: String
    /// Takes secrets out of what is logged.
    let redactor: Redactor

    private let route: Route
    /// The logger the call was given, without the call's metadata.
    let baseLogger: Logger
    private let metrics: OperationMetrics
    private let tracer: any Tracer
    private let propagator: any Instrument
    /// The operation's span; `nil` when neither the tracer nor the propagator does anything, so that a call
    /// nobody traces builds no spans.
    private let span: (any Span)?
    private let start: ContinuousClock.Instant
    private let server: (address: String, port: Int)?
    private let state = NIOLockedValueBox(State())

    private struct State {
        var attempts = 0
        var status: Int?
        var summary = ResponseSummary()
        var receivedFirstChunk = false
        var ended = false
    }

    /// Starts observing an operation: opens its span as a child of the task's current trace context.
    ///
    /// - Parameter streaming: Whether the response is a stream, recorded as `gen_ai.request.stream`.
    init(
        route: Route, requestID: String, configuration: NeosantaraClient.Configuration, server: ServerAddress?,
        redactor: Redactor, options: RequestOptions, streaming: Bool
    ) {
        self.requestID = requestID
        self.route = route
        self.redactor = redactor
        baseLogger = options.logger ?? configuration.logger
        metrics = OperationMetrics(factory: configuration.metricsFactory, operation: route.operation) {
            route.model.map(redactor.redact) ?? "none"
        }
        tracer = configuration.tracer ?? InstrumentationSystem.tracer
        propagator = configuration.tracer ?? InstrumentationSystem.instrument
        self.server = server.map { ($0.host, $0.port) }
        start = .now
        guard !(tracer is NoOpTracer) || !(propagator is NoOpInstrument || propagator is NoOpTracer) else {
            span = nil
            return
        }
        let model = route.model.map(redactor.redact)
        let span = tracer.startSpan(model.map { "\(route.operation) \($0)" } ?? route.operation, ofKind: .client)
        self.span = span
        guard span.isRecording else { return }
        span.updateAttributes { attributes in
            attributes["gen_ai.operation.name"] = route.operation
            attributes["gen_ai.request.model"] = model
            attributes["server.address"] = self.server?.address
            attributes["server.port"] = self.server?.port
            if streaming {
                attributes["gen_ai.request.stream"] = true
            }
        }
    }

    /// The logger for this call, with `neosantara.request_id`, `neosantara.operation` and
    /// `neosantara.model` in its metadata; built when something logs, so that a call that logs nothing
    /// pays nothing for it.
    var logger: Logger {
        var logger = baseLogger
        logger[metadataKey: "neosantara.request_id"] = .string(requestID)
        logger[metadataKey: "neosantara.operation"] = .string(route.operation)
        if let model = route.model {
            logger[metadataKey: "neosantara.model"] = .string(redactor.redact(model))
        }
        return logger
    }

    /// The level the call's logger logs at.
    var logLevel: Logger.Level { baseLogger.logLevel }

    /// Whether anything records what ``succeeded(_:)`` is told of the response: metrics or a span.
    var recordsResponses: Bool { metrics.isRecording || span?.isRecording == true }

    deinit {
        end(.abandoned)
    }

    /// Starts an attempt: opens its span and writes the trace context into the request's headers.
    func beginAttempt(_ request: inout HTTPRequest) -> AttemptInstrumentation {
        let number = state.withLockedValue { state in
            state.attempts += 1
            return state.attempts
        }
        guard let span else { return AttemptInstrumentation(number: number, span: nil, start: .now) }
        let attemptSpan = tracer.startSpan(request.method.rawValue, context: span.context, ofKind: .client)
        if attemptSpan.isRecording {
            attemptSpan.updateAttributes { attributes in
                attributes["http.request.method"] = request.method.rawValue
                attributes["server.address"] = server?.address
                attributes["server.port"] = server?.port
                attributes["url.path"] = request.path.map(redactor.redact)
                if number > 1 {
                    attributes["http.request.resend_count"] = number - 1
                }
            }
        }
        propagator.inject(attemptSpan.context, into: &request.headerFields, using: HTTPFieldsInjector())
        return AttemptInstrumentation(number: number, span: attemptSpan, start: .now)
    }

    /// Ends an attempt that got a successful response.
    func attemptSucceeded(_ attempt: AttemptInstrumentation, request: HTTPRequest, status: Int) {
        state.withLockedValue { $0.status = status }
        if let span = attempt.span {
            if span.isRecording {
                span.attributes["http.response.status_code"] = status
            }
            span.end()
        }
        logAttempt(attempt, request: request, status: status, error: nil, retryDelay: nil)
    }

    /// Ends an attempt that failed; `retryDelay` is the wait before the next attempt, `nil` when there is
    /// none.
    func attemptFailed(
        _ attempt: AttemptInstrumentation, request: HTTPRequest, error: NeosantaraError, retryDelay: Duration?
    ) {
        if let status = error.status {
            state.withLockedValue { $0.status = status }
            attempt.span?.attributes["http.response.status_code"] = status
        }
        if let span = attempt.span {
            record(error, on: span)
            span.end()
        }
        logResponse(error: error)
        logAttempt(attempt, request: request, status: error.status, error: error, retryDelay: retryDelay)
        if retryDelay != nil {
            metrics.recordRetry(reason: error.kind.description)
        }
    }

    /// The stream hook: records that an element of a stream arrived. The first records the time to first
    /// token; the others cost one lock.
    func received() {
        let isFirst = state.withLockedValue { state in
            defer { state.receivedFirstChunk = true }
            return !state.receivedFirstChunk
        }
        guard isFirst else { return }
        let elapsed = ContinuousClock.now - start
        metrics.recordTimeToFirstToken(elapsed)
        if let span, span.isRecording {
            span.attributes["gen_ai.response.time_to_first_chunk"] = elapsed.inSeconds
        }
    }

    /// Ends the operation as a success, with what `summary` tells of the response.
    func succeeded(_ summary: ResponseSummary? = nil) {
        end(.success(summary))
    }

    /// Ends the operation as a failure.
    func failed(_ error: NeosantaraError) {
        end(.failure(error))
    }

    /// How an operation ended.
    private enum Outcome {
        case success(ResponseSummary?)
        case failure(NeosantaraError)
        /// Dropped before it ended, as a stream is when its reader stops early.
        case abandoned
    }

    private func end(_ outcome: Outcome) {
        let ending = state.withLockedValue { state -> (summary: ResponseSummary, status: Int?)? in
            guard !state.ended else { return nil }
            state.ended = true
            if case .success(let summary?) = outcome {
                state.summary = summary
            }
            return (state.summary, state.status)
        }
        guard let (summary, status) = ending else { return }
        let duration = ContinuousClock.now - start
        switch outcome {
        case .success:
            metrics.recordOperation(outcome: "success", duration: duration, summary: summary)
            guard let span else { return }
            if span.isRecording {
                span.updateAttributes { attributes in
                    attributes["http.response.status_code"] = status
                    attributes["gen_ai.response.id"] = summary.id
                    attributes["gen_ai.response.model"] = summary.model.map(redactor.redact)
                    attributes["gen_ai.usage.input_tokens"] = summary.inputTokens
                    attributes["gen_ai.usage.output_tokens"] = summary.outputTokens
                    if !summary.finishReasons.isEmpty {
                        attributes["gen_ai.response.finish_reasons"] = summary.finishReasons
                    }
                }
            }
            span.end()
        case .failure(let error):
            metrics.recordOperation(outcome: error.kind.description, duration: duration, summary: nil)
            guard let span else { return }
            span.attributes["http.response.status_code"] = error.status
            record(error, on: span)
            span.end()
        case .abandoned:
            let kind = NeosantaraError.Kind.cancelled.description
            metrics.recordOperation(outcome: kind, duration: duration, summary: nil)
            guard let span else { return }
            span.attributes["error.type"] = kind
            span.setStatus(SpanStatus(code: .error, message: "the operation was dropped before it ended"))
            span.end()
        }
    }

    private func record(_ error: NeosantaraError, on span: any Span) {
        span.attributes["error.type"] = error.kind.description
        span.recordError(error)
        span.setStatus(SpanStatus(code: .error, message: redactor.redact(error.description)))
    }
}

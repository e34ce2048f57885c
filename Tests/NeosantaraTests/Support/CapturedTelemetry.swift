import Foundation
import InMemoryLogging
import InMemoryTracing
import Logging
import MetricsTestKit
import Testing
import Tracing

@testable import Neosantara

/// A captured log, metrics and tracer for one test, given to a client through its configuration so that
/// tests running in parallel never share them.
struct CapturedTelemetry {
    let logs = InMemoryLogHandler()
    let metrics = TestMetrics()
    let tracer = InMemoryTracer()

    /// A logger that writes to ``logs`` at `level`.
    func logger(level: Logger.Level) -> Logger {
        var logger = Logger(label: "test", factory: { [logs] _ in logs })
        logger.logLevel = level
        return logger
    }

    /// A client for the test server at `baseURL` that logs at `level`, reports metrics and traces here.
    func client(
        _ baseURL: URL, level: Logger.Level = .debug, retry: RetryPolicy = .disabled,
        middleware: [any NeosantaraMiddleware] = []
    ) -> NeosantaraClient {
        var configuration = NeosantaraClient.Configuration(
            apiKey: APIKey(testAPIKey), baseURL: baseURL, timeout: .init(request: .seconds(10)), retry: retry)
        configuration.sleep = SleepRecorder().sleep
        configuration.logger = logger(level: level)
        configuration.metricsFactory = metrics
        configuration.tracer = tracer
        configuration.middleware = middleware
        return NeosantaraClient(configuration: configuration)
    }

    /// The log lines with this message.
    func lines(_ message: String) -> [InMemoryLogHandler.Entry] {
        logs.entries.filter { $0.message.description == message }
    }

    /// The finished span that has no parent: the operation's.
    func operationSpan(sourceLocation: SourceLocation = #_sourceLocation) throws -> FinishedInMemorySpan {
        let roots = tracer.finishedSpans.filter { $0.parentSpanID == nil }
        try #require(roots.count == 1, "one operation span", sourceLocation: sourceLocation)
        return roots[0]
    }

    /// The finished attempt spans, children of the operation's, in the order they ended.
    var attemptSpans: [FinishedInMemorySpan] {
        tracer.finishedSpans.filter { $0.parentSpanID != nil }
    }

    /// The value of counter `label` with exactly these dimensions, or `nil` when there is none.
    func counter(_ label: String, _ dimensions: [(String, String)]) -> Int64? {
        (try? metrics.expectCounter(label, dimensions))?.totalValue
    }

    /// The values timer `label` recorded with exactly these dimensions, in nanoseconds.
    func timer(_ label: String, _ dimensions: [(String, String)]) -> [Int64] {
        (try? metrics.expectTimer(label, dimensions))?.values ?? []
    }

    /// Every string the log, the metrics and the spans hold: messages, metadata, labels, dimensions, span
    /// names, attributes, events, errors and statuses.
    var everything: [String] {
        var strings: [String] = []
        for entry in logs.entries {
            strings.append(entry.message.description)
            strings.append("\(entry.metadata)")
            strings.append(entry.error.map { "\($0)" } ?? "")
        }
        for counter in metrics.counters {
            strings.append(counter.label)
            strings.append("\(counter.dimensions)")
        }
        for timer in metrics.timers {
            strings.append(timer.label)
            strings.append("\(timer.dimensions)")
        }
        for span in tracer.finishedSpans {
            strings.append(span.operationName)
            span.attributes.forEach { name, value in strings.append("\(name)=\(value)") }
            strings.append("\(span.events)")
            strings.append(contentsOf: span.errors.map { "\($0.error)" })
            strings.append("\(String(describing: span.status))")
        }
        return strings
    }
}

import Metrics

/// The metrics of one operation, reported to a swift-metrics factory.
///
/// Every metric has the dimensions `operation` (`chat`, `embeddings`, …) and `model` (the model asked
/// for, or `none`); none has a dimension with a request id, a key or any other value that grows without
/// bound.
struct OperationMetrics: Sendable {
    /// Operations, by `outcome`: `success`, or the error's kind (`rateLimited`, `timeout`, …).
    static let requestsLabel = "neosantara.client.requests"
    /// How long operations took, retries and, for a stream, reading it to its end included; by `outcome`.
    static let durationLabel = "neosantara.client.request.duration"
    /// Retries, by `reason`: the kind of the error that was retried.
    static let retriesLabel = "neosantara.client.retries"
    /// Tokens from responses' `usage`, by `type`: `input` or `output`.
    static let tokensLabel = "neosantara.client.tokens"
    /// How long a stream took from the start of the operation to its first chunk.
    static let timeToFirstTokenLabel = "neosantara.client.time_to_first_token"

    /// The factory; `nil` for the one the application bootstrapped, read when each metric is recorded.
    let factory: (any MetricsFactory)?
    /// The `operation` and `model` dimensions.
    let dimensions: [(String, String)]
    /// Whether the factory records anything: `false` for swift-metrics' no-op factory, the default until
    /// the application bootstraps one, so that an operation then costs no metric objects at all.
    let isRecording: Bool

    /// - Parameter model: The model dimension, asked for only when something records.
    init(factory: (any MetricsFactory)?, operation: String, model: () -> String) {
        self.factory = factory
        isRecording = !((factory ?? MetricsSystem.factory) is NOOPMetricsHandler)
        dimensions = isRecording ? [("operation", operation), ("model", model())] : []
    }

    /// Records an operation's end.
    func recordOperation(outcome: String, duration: Duration, summary: ResponseSummary?) {
        guard isRecording else { return }
        let outcome = dimensions + [("outcome", outcome)]
        Counter(label: Self.requestsLabel, dimensions: outcome, factory: resolvedFactory).increment()
        Timer(label: Self.durationLabel, dimensions: outcome, preferredDisplayUnit: .seconds, factory: resolvedFactory)
            .record(duration: duration)
        if let input = summary?.inputTokens {
            Counter(label: Self.tokensLabel, dimensions: dimensions + [("type", "input")], factory: resolvedFactory)
                .increment(by: input)
        }
        if let output = summary?.outputTokens {
            Counter(label: Self.tokensLabel, dimensions: dimensions + [("type", "output")], factory: resolvedFactory)
                .increment(by: output)
        }
    }

    /// Records that an attempt failed with an error of kind `reason` and will be retried.
    func recordRetry(reason: String) {
        guard isRecording else { return }
        Counter(label: Self.retriesLabel, dimensions: dimensions + [("reason", reason)], factory: resolvedFactory)
            .increment()
    }

    /// Records a stream's time to its first chunk.
    func recordTimeToFirstToken(_ duration: Duration) {
        guard isRecording else { return }
        Timer(
            label: Self.timeToFirstTokenLabel, dimensions: dimensions, preferredDisplayUnit: .seconds,
            factory: resolvedFactory
        ).record(duration: duration)
    }

    private var resolvedFactory: any MetricsFactory { factory ?? MetricsSystem.factory }
}

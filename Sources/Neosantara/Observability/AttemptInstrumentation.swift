import Tracing

/// One attempt of an operation as its logs and spans see it: its number, its span, and when it began.
struct AttemptInstrumentation: Sendable {
    /// 1 for the first attempt, 2 for the first retry, and so on.
    let number: Int
    /// The attempt's span, a child of the operation's; `nil` when the operation is not traced.
    let span: (any Span)?
    /// When the attempt began.
    let start: ContinuousClock.Instant
}

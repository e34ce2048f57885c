import HTTPTypes

/// When and how a call is sent again after it fails.
///
/// Retries are on by default: a call makes up to 3 attempts (2 retries) when it meets a connection error,
/// a timeout, or a 408, 409, 429 or 5xx response, and waits between attempts as ``backoff`` says —
/// 0.5 s doubling to 8 s, with jitter — unless the server names a wait in `retry-after-ms` or
/// `retry-after` (seconds or an HTTP date), which is honoured when it is no longer than
/// ``maximumRetryAfter`` (60 s). A response header `x-should-retry: true` or `false` overrides the
/// decision, as with the official OpenAI SDKs; without it 400, 401, 402, 403, 404 and 422 are never retried.
///
/// ```swift
/// var configuration = NeosantaraClient.Configuration()
/// configuration.retry.maxAttempts = 5                        // every call of this client
/// configuration.retry.backoff.maximumDelay = .seconds(30)
/// let options = RequestOptions(retry: .disabled)             // this call only
/// ```
///
/// Every attempt of a call sends the same `x-request-id`, and `x-neosantara-retry-count` with the number
/// of retries so far (0 on the first attempt). A call that still fails throws the last attempt's
/// ``NeosantaraError``, whose ``NeosantaraError/attempts`` says how many attempts were made. A stream is
/// retried only until its response begins; once bytes reach the caller, an error ends the stream.
public struct RetryPolicy: Sendable, Hashable {
    /// The most attempts one call makes, the first one included. Defaults to 3 (2 retries); 1 or less
    /// means no retries.
    public var maxAttempts: Int
    /// The waits between attempts when the server names none.
    public var backoff: Backoff
    /// The most time a call may spend retrying, counted from the start of its first attempt; `nil`
    /// (the default) sets no limit beyond ``maxAttempts``.
    ///
    /// A retry is not started when its wait would end past this limit.
    public var maxElapsedTime: Duration?
    /// Whether connection errors and timeouts are retried. Defaults to `true`.
    public var retryConnectionErrors: Bool
    /// The longest wait the SDK accepts from a server's `retry-after-ms` or `retry-after`; a longer one is
    /// ignored in favour of ``backoff``. Defaults to 60 seconds.
    public var maximumRetryAfter: Duration

    /// Creates a policy; the defaults are those of ``default``.
    ///
    /// - Parameters:
    ///   - maxAttempts: The most attempts one call makes, the first one included.
    ///   - backoff: The waits between attempts when the server names none.
    ///   - maxElapsedTime: The most time a call may spend retrying, or `nil` for no limit.
    ///   - retryConnectionErrors: Whether connection errors and timeouts are retried.
    ///   - maximumRetryAfter: The longest server-named wait the SDK accepts.
    public init(
        maxAttempts: Int = 3,
        backoff: Backoff = .default,
        maxElapsedTime: Duration? = nil,
        retryConnectionErrors: Bool = true,
        maximumRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = maxAttempts
        self.backoff = backoff
        self.maxElapsedTime = maxElapsedTime
        self.retryConnectionErrors = retryConnectionErrors
        self.maximumRetryAfter = maximumRetryAfter
    }

    /// Up to 3 attempts, 0.5 s doubling to 8 s with jitter, server waits of up to 60 s honoured.
    public static let `default` = RetryPolicy()

    /// One attempt, never a retry.
    ///
    /// It is not called `none` because `RequestOptions(retry: .none)` would then silently mean `nil`,
    /// the client's policy.
    public static let disabled = RetryPolicy(maxAttempts: 1)

    /// A policy with the knobs of the 2025 TypeScript SDK's `RetryConfig` (`strategy: "backoff"`), for
    /// code ported from it.
    ///
    /// Like that SDK, the policy is bounded by time rather than by a number of attempts. The wait before
    /// retry *n* is `min(initialInterval × exponent^(n − 1), maxInterval)`, shortened by up to a quarter
    /// by ``Backoff/jitter`` (the TypeScript SDK adds up to a second instead). The defaults are that SDK's.
    ///
    /// - Parameters:
    ///   - initialInterval: The wait before the first retry; `initialInterval` (500 ms) in the TypeScript SDK.
    ///   - maxInterval: The longest wait; `maxInterval` (60 000 ms).
    ///   - exponent: The factor each further retry multiplies the wait by; `exponent` (1.5).
    ///   - maxElapsedTime: The most time the call may spend retrying; `maxElapsedTime` (3 600 000 ms).
    ///   - retryConnectionErrors: Whether connection errors and timeouts are retried; `retryConnectionErrors`.
    public static func backoff(
        initialInterval: Duration = .milliseconds(500),
        maxInterval: Duration = .seconds(60),
        exponent: Double = 1.5,
        maxElapsedTime: Duration = .seconds(3600),
        retryConnectionErrors: Bool = true
    ) -> RetryPolicy {
        RetryPolicy(
            maxAttempts: .max,
            backoff: Backoff(initialDelay: initialInterval, multiplier: exponent, maximumDelay: maxInterval),
            maxElapsedTime: maxElapsedTime,
            retryConnectionErrors: retryConnectionErrors)
    }

    /// Whether a call that failed with `error` may be sent again, attempts and time allowing.
    ///
    /// Connection errors and timeouts are retried when ``retryConnectionErrors`` is set. An error
    /// response is retried when its `x-should-retry` header says `true`, never when it says `false`,
    /// and otherwise when its status is 408, 409, 429 or 5xx. Nothing else is: a cancelled call, a
    /// request the SDK refused to send, or a response that did not decode.
    package func isRetryable(_ error: NeosantaraError) -> Bool {
        if error.kind == .connection || error.kind == .timeout {
            return retryConnectionErrors
        }
        guard let status = error.status, status >= 300 else { return false }
        switch error.headers?[Self.shouldRetryField]?.trimmed.lowercased() {
        case "true": return true
        case "false": return false
        default: return status == 408 || status == 409 || status == 429 || (500...599).contains(status)
        }
    }

    /// The wait before retry `retry` (1 for the first) after `error`.
    ///
    /// The server's wait — `retry-after-ms`, `retry-after`, or a 429 body's `details.retry_after` — when
    /// it names one of at most ``maximumRetryAfter``; else ``backoff``'s, with `random` (in 0..<1) choosing
    /// the jitter.
    package func delay(beforeRetry retry: Int, after error: NeosantaraError, random: Double) -> Duration {
        if let requested = error.retryAfter, requested <= maximumRetryAfter {
            return requested
        }
        return backoff.delay(beforeRetry: retry, random: random)
    }

    private static let shouldRetryField = HTTPField.Name("x-should-retry")!
}

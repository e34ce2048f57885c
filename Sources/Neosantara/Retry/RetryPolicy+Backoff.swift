import Foundation

extension RetryPolicy {
    /// How long to wait between attempts when the server does not say: exponential growth with jitter.
    ///
    /// The wait before retry *n* (1 for the first retry) is
    ///
    /// ```
    /// base  = min(initialDelay × multiplier^(n − 1), maximumDelay)
    /// delay = base × (1 − jitter × r)        r uniform in [0, 1)
    /// ```
    ///
    /// so the jitter only ever shortens a wait, by at most `jitter × base`, which keeps clients that failed
    /// together from retrying together. With the defaults (0.5 s, ×2, 8 s, 0.25) the first retry waits
    /// 0.375–0.5 s, the second 0.75–1 s, the third 1.5–2 s, and the fifth and later 6–8 s; the official
    /// OpenAI SDKs use the same formula.
    public struct Backoff: Sendable, Hashable {
        /// The wait before the first retry, before jitter. Defaults to 0.5 seconds.
        public var initialDelay: Duration
        /// The factor each further retry multiplies the wait by. Defaults to 2; values below 1, and `NaN`,
        /// count as 1.
        public var multiplier: Double
        /// The longest wait, before jitter. Defaults to 8 seconds.
        public var maximumDelay: Duration
        /// The largest fraction of a wait that jitter takes off, from 0 (none) to 1. Defaults to 0.25;
        /// values outside 0...1 are clamped, and `NaN` counts as 0.
        public var jitter: Double

        /// Creates a backoff.
        ///
        /// - Parameters:
        ///   - initialDelay: The wait before the first retry.
        ///   - multiplier: The factor each further retry multiplies the wait by.
        ///   - maximumDelay: The longest wait.
        ///   - jitter: The largest fraction of a wait that jitter takes off.
        public init(
            initialDelay: Duration = .milliseconds(500),
            multiplier: Double = 2,
            maximumDelay: Duration = .seconds(8),
            jitter: Double = 0.25
        ) {
            self.initialDelay = initialDelay
            self.multiplier = multiplier
            self.maximumDelay = maximumDelay
            self.jitter = jitter
        }

        /// 0.5 seconds doubling to 8 seconds, shortened by up to a quarter.
        public static let `default` = Backoff()

        /// The wait before retry `retry` (1 for the first), with `random` (in 0..<1) choosing the jitter.
        ///
        /// It is always in `0...maximumDelay`: negative delays count as 0, and a growth that overflows to
        /// infinity stops at the maximum (a zero initial delay stays zero rather than becoming `0 × ∞`).
        package func delay(beforeRetry retry: Int, random: Double) -> Duration {
            let initial = max(initialDelay.inSeconds, 0)
            let maximum = max(maximumDelay.inSeconds, 0)
            let factor = multiplier >= 1 ? multiplier : 1
            let growth = pow(factor, Double(max(retry, 1) - 1))
            let base = initial > 0 ? min(initial * growth, maximum) : 0
            // The minimum keeps a conversion's rounding from passing the maximum by an attosecond.
            return min(.seconds(base * (1 - Self.fraction(jitter) * Self.fraction(random))), max(maximumDelay, .zero))
        }

        /// `value` clamped to 0...1, with `NaN` as 0.
        private static func fraction(_ value: Double) -> Double {
            value >= 0 ? min(value, 1) : 0
        }
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// The duration in milliseconds, as a floating-point number: for logs, summaries of the SDK's own targets
    /// and the retry policy's JSON. Exact for a whole number of milliseconds (below 2^53), which
    /// `inSeconds * 1000` is not (8374.049 s would be 8374048.999999999 ms).
    package var inMilliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    /// A wait of `milliseconds`, rounded to the nearest millisecond: `nil` unless it is a finite number of
    /// 0 or more (a server's `NaN`, infinity or negative wait is no wait), and at most `Int64.max`
    /// milliseconds, where a longer one saturates instead of trapping in the conversion.
    static func wait(milliseconds: Double) -> Duration? {
        guard milliseconds.isFinite, milliseconds >= 0 else { return nil }
        let rounded = milliseconds.rounded()
        return .milliseconds(rounded < Double(Int64.max) ? Int64(rounded) : .max)
    }

    /// The duration in whole nanoseconds, saturating at `Int64.max`.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : scaled.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}

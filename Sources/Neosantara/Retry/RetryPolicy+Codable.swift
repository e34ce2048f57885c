/// A retry policy reads and writes the JSON of the 2025 TypeScript SDK's `RetryConfig`, so a
/// configuration ported from it decodes as it is:
///
/// ```json
/// {"strategy": "backoff",
///  "backoff": {"initialInterval": 500, "maxInterval": 60000, "exponent": 1.5, "maxElapsedTime": 3600000},
///  "retryConnectionErrors": true}
/// ```
///
/// `{"strategy": "none"}` is ``RetryPolicy/disabled``. Times are milliseconds. The `backoff` fields may
/// also stand beside `strategy` instead of inside `backoff`. A missing field takes the TypeScript SDK's
/// default, as ``RetryPolicy/backoff(initialInterval:maxInterval:exponent:maxElapsedTime:retryConnectionErrors:)``
/// has them; `"maxElapsedTime": null` sets no time limit. Three more fields carry what that shape lacks:
/// `maxAttempts` (no limit when missing), `jitter` (0.25) and `maxRetryAfter` (60 000 ms).
extension RetryPolicy: Codable {
    enum CodingKeys: String, CodingKey {
        case strategy, backoff, retryConnectionErrors, maxAttempts, jitter, maxRetryAfter
    }

    enum BackoffKeys: String, CodingKey {
        case initialInterval, maxInterval, exponent, maxElapsedTime
    }

    /// Decodes a `RetryConfig` object.
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the field when `strategy` is neither `"backoff"` nor
    ///   `"none"`, a time is negative, `exponent` is not positive, or `maxAttempts` or `jitter` is out of range.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let strategy = try container.decode(String.self, forKey: .strategy)
        switch strategy {
        case "none":
            self = .disabled
            return
        case "backoff":
            break
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .strategy, in: container,
                debugDescription: #"strategy must be "backoff" or "none", not "\#(strategy)""#)
        }
        let nested =
            container.contains(.backoff)
            ? try container.nestedContainer(keyedBy: BackoffKeys.self, forKey: .backoff) : nil
        let flat = try decoder.container(keyedBy: BackoffKeys.self)
        let backoffFields = nested ?? flat

        self = .backoff()
        if let value = try Self.milliseconds(.initialInterval, in: backoffFields) {
            backoff.initialDelay = value
        }
        if let value = try Self.milliseconds(.maxInterval, in: backoffFields) {
            backoff.maximumDelay = value
        }
        if let exponent = try backoffFields.decodeIfPresent(Double.self, forKey: .exponent) {
            guard exponent > 0, exponent.isFinite else {
                throw DecodingError.dataCorruptedError(
                    forKey: .exponent, in: backoffFields, debugDescription: "exponent must be positive, not \(exponent)"
                )
            }
            backoff.multiplier = exponent
        }
        if backoffFields.contains(.maxElapsedTime) {
            maxElapsedTime = try Self.milliseconds(.maxElapsedTime, in: backoffFields)
        }
        if let value = try container.decodeIfPresent(Bool.self, forKey: .retryConnectionErrors) {
            retryConnectionErrors = value
        }
        if let value = try container.decodeIfPresent(Int.self, forKey: .maxAttempts) {
            guard value >= 1 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .maxAttempts, in: container, debugDescription: "maxAttempts must be 1 or more, not \(value)"
                )
            }
            maxAttempts = value
        }
        if let value = try container.decodeIfPresent(Double.self, forKey: .jitter) {
            guard (0...1).contains(value) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .jitter, in: container, debugDescription: "jitter must be between 0 and 1, not \(value)")
            }
            backoff.jitter = value
        }
        if let value = try Self.milliseconds(.maxRetryAfter, in: container) {
            maximumRetryAfter = value
        }
    }

    /// Encodes the policy as a `RetryConfig` object, with `maxAttempts`, `jitter` and `maxRetryAfter` beside it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        guard maxAttempts > 1 else {
            try container.encode("none", forKey: .strategy)
            return
        }
        try container.encode("backoff", forKey: .strategy)
        var fields = container.nestedContainer(keyedBy: BackoffKeys.self, forKey: .backoff)
        try fields.encode(backoff.initialDelay.inMilliseconds, forKey: .initialInterval)
        try fields.encode(backoff.maximumDelay.inMilliseconds, forKey: .maxInterval)
        try fields.encode(backoff.multiplier, forKey: .exponent)
        if let maxElapsedTime {
            try fields.encode(maxElapsedTime.inMilliseconds, forKey: .maxElapsedTime)
        } else {
            try fields.encodeNil(forKey: .maxElapsedTime)
        }
        try container.encode(retryConnectionErrors, forKey: .retryConnectionErrors)
        if maxAttempts < .max {
            try container.encode(maxAttempts, forKey: .maxAttempts)
        }
        try container.encode(backoff.jitter, forKey: .jitter)
        try container.encode(maximumRetryAfter.inMilliseconds, forKey: .maxRetryAfter)
    }

    /// A time in milliseconds, `nil` when absent or null; a negative one is an error that names the field.
    private static func milliseconds<Key: CodingKey>(_ key: Key, in container: KeyedDecodingContainer<Key>) throws
        -> Duration?
    {
        guard let value = try container.decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard value >= 0, value < 0x1p62 else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\(key.stringValue) must be a number of milliseconds, 0 or more, not \(value)")
        }
        // A whole number of milliseconds converts exactly; `.milliseconds(Double)` would be off by attoseconds.
        return Int64(exactly: value).map(Duration.milliseconds) ?? .milliseconds(value)
    }
}

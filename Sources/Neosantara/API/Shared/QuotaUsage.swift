import Foundation

/// How much of a quota is used, and when it resets.
///
/// Sent in ``Metadata`` and in ``APIKeyStatus/usageInfo``.
public struct QuotaUsage: Codable, Hashable, Sendable {
    /// Units used in the current period.
    public var used: Int?
    /// Units allowed in the period.
    public var limit: Int?
    /// Units left in the period.
    public var remaining: Int?
    /// When the period resets.
    public var resetAt: Date?

    /// Creates quota information.
    public init(used: Int? = nil, limit: Int? = nil, remaining: Int? = nil, resetAt: Date? = nil) {
        self.used = used
        self.limit = limit
        self.remaining = remaining
        self.resetAt = resetAt
    }

    enum CodingKeys: String, CodingKey {
        case used, limit, remaining
        case resetAt = "reset_at"
    }

    /// Decodes quota information; `reset_at` may carry fractional seconds or not.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        used = try container.decodeIfPresent(Int.self, forKey: .used)
        limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        remaining = try container.decodeIfPresent(Int.self, forKey: .remaining)
        resetAt = try container.decodeISO8601DateIfPresent(forKey: .resetAt)
    }

    /// Encodes quota information with `reset_at` as an ISO 8601 string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(used, forKey: .used)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encodeIfPresent(remaining, forKey: .remaining)
        try container.encodeISO8601DateIfPresent(resetAt, forKey: .resetAt)
    }
}

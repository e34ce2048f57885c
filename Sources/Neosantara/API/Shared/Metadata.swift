import Foundation

/// The gateway's own information about a request, sent on the wire as `_metadata`.
///
/// Every field is optional: the gateway sends what it has.
public struct Metadata: Codable, Hashable, Sendable {
    /// Who produced the response, for example `"NeosantaraAI"`.
    public var creator: String?
    /// Whether the request succeeded.
    public var status: Bool?
    /// When the gateway produced the response.
    public var timestamp: Date?
    /// The gateway's id for the request.
    public var requestID: String?
    /// How long the gateway took, as it reports it.
    public var processingTime: Double?
    /// The account's tier, for example `"Free"`.
    public var tier: String?
    /// The account's usage across all its keys.
    public var userTotalUsage: QuotaUsage?
    /// The usage of the key that made the request.
    public var keySpecificUsage: QuotaUsage?
    /// Whether the key has been moved to a lower tier.
    public var isKeyDowngraded: Bool?
    /// Whether the gateway's distributed rate limiting was active.
    public var upstashRateLimitingActive: Bool?

    /// Creates metadata.
    public init(
        creator: String? = nil,
        status: Bool? = nil,
        timestamp: Date? = nil,
        requestID: String? = nil,
        processingTime: Double? = nil,
        tier: String? = nil,
        userTotalUsage: QuotaUsage? = nil,
        keySpecificUsage: QuotaUsage? = nil,
        isKeyDowngraded: Bool? = nil,
        upstashRateLimitingActive: Bool? = nil
    ) {
        self.creator = creator
        self.status = status
        self.timestamp = timestamp
        self.requestID = requestID
        self.processingTime = processingTime
        self.tier = tier
        self.userTotalUsage = userTotalUsage
        self.keySpecificUsage = keySpecificUsage
        self.isKeyDowngraded = isKeyDowngraded
        self.upstashRateLimitingActive = upstashRateLimitingActive
    }

    enum CodingKeys: String, CodingKey {
        case creator, status, timestamp, tier
        case requestID = "request_id"
        case processingTime = "processing_time"
        case userTotalUsage = "user_total_usage"
        case keySpecificUsage = "key_specific_usage"
        case isKeyDowngraded = "is_key_downgraded"
        case upstashRateLimitingActive = "upstash_rate_limiting_active"
    }

    /// Decodes metadata; `timestamp` may carry fractional seconds or not.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        creator = try container.decodeIfPresent(String.self, forKey: .creator)
        status = try container.decodeIfPresent(Bool.self, forKey: .status)
        timestamp = try container.decodeISO8601DateIfPresent(forKey: .timestamp)
        requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
        processingTime = try container.decodeIfPresent(Double.self, forKey: .processingTime)
        tier = try container.decodeIfPresent(String.self, forKey: .tier)
        userTotalUsage = try container.decodeIfPresent(QuotaUsage.self, forKey: .userTotalUsage)
        keySpecificUsage = try container.decodeIfPresent(QuotaUsage.self, forKey: .keySpecificUsage)
        isKeyDowngraded = try container.decodeIfPresent(Bool.self, forKey: .isKeyDowngraded)
        upstashRateLimitingActive = try container.decodeIfPresent(Bool.self, forKey: .upstashRateLimitingActive)
    }

    /// Encodes metadata with `timestamp` as an ISO 8601 string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(creator, forKey: .creator)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeISO8601DateIfPresent(timestamp, forKey: .timestamp)
        try container.encodeIfPresent(requestID, forKey: .requestID)
        try container.encodeIfPresent(processingTime, forKey: .processingTime)
        try container.encodeIfPresent(tier, forKey: .tier)
        try container.encodeIfPresent(userTotalUsage, forKey: .userTotalUsage)
        try container.encodeIfPresent(keySpecificUsage, forKey: .keySpecificUsage)
        try container.encodeIfPresent(isKeyDowngraded, forKey: .isKeyDowngraded)
        try container.encodeIfPresent(upstashRateLimitingActive, forKey: .upstashRateLimitingActive)
    }
}

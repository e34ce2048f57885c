/// What `GET /auth/key` returns: whether the key works, and how much of its quota is left.
public struct APIKeyStatus: Codable, Hashable, Sendable {
    /// The object type, `"authorization"`.
    public var object: String?
    /// The organization that owns the key.
    public var organization: String?
    /// What the key may do, for example `"chat.completions"`.
    public var permissions: [String]?
    /// Whether the key is valid.
    public var authorized: Bool?
    /// When the key was created, in seconds since 1970.
    public var created: Int?
    /// When the key expires, as the server writes it; `nil` or `"null"` when it does not.
    public var expires: String?
    /// The key's id (not the key itself).
    public var id: String?
    /// The account's tier, for example `"Free"`.
    public var tier: String?
    /// Daily and monthly usage.
    public var usageInfo: KeyUsage?
    /// The gateway's information about the request (`_metadata` on the wire).
    public var metadata: Metadata?

    /// Creates a key status.
    public init(
        object: String? = "authorization",
        organization: String? = nil,
        permissions: [String]? = nil,
        authorized: Bool? = nil,
        created: Int? = nil,
        expires: String? = nil,
        id: String? = nil,
        tier: String? = nil,
        usageInfo: KeyUsage? = nil,
        metadata: Metadata? = nil
    ) {
        self.object = object
        self.organization = organization
        self.permissions = permissions
        self.authorized = authorized
        self.created = created
        self.expires = expires
        self.id = id
        self.tier = tier
        self.usageInfo = usageInfo
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case object, organization, permissions, authorized, created, expires, id, tier
        case usageInfo = "usage_info"
        case metadata = "_metadata"
    }

    /// Usage of a key per period.
    public struct KeyUsage: Codable, Hashable, Sendable {
        /// Today's usage.
        public var daily: QuotaUsage?
        /// This month's usage.
        public var monthly: QuotaUsage?

        /// Creates usage per period.
        public init(daily: QuotaUsage? = nil, monthly: QuotaUsage? = nil) {
            self.daily = daily
            self.monthly = monthly
        }
    }
}

/// A model the gateway serves, as `GET /models` and `GET /models/{id}` describe it.
public struct Model: Codable, Hashable, Sendable, Identifiable {
    /// The model id to send in requests, for example `"nusantara-base"`.
    public var id: String
    /// The object type, `"model"`.
    public var object: String?
    /// When the model was added, in seconds since 1970.
    public var created: Int?
    /// Who serves the model.
    public var ownedBy: String?
    /// Permissions, as the server sends them.
    public var permission: [JSONValue]?
    /// The model this one derives from.
    public var root: String?
    /// The parent model, when there is one.
    public var parent: String?
    /// What the model is for.
    public var description: String?
    /// What the model can do.
    public var capabilities: [ModelCapability]?
    /// The most tokens the model handles.
    public var maxTokens: Int?
    /// What the model costs.
    public var pricing: ModelPricing?

    /// Creates a model description.
    public init(
        id: String,
        object: String? = "model",
        created: Int? = nil,
        ownedBy: String? = nil,
        permission: [JSONValue]? = nil,
        root: String? = nil,
        parent: String? = nil,
        description: String? = nil,
        capabilities: [ModelCapability]? = nil,
        maxTokens: Int? = nil,
        pricing: ModelPricing? = nil
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.ownedBy = ownedBy
        self.permission = permission
        self.root = root
        self.parent = parent
        self.description = description
        self.capabilities = capabilities
        self.maxTokens = maxTokens
        self.pricing = pricing
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created, permission, root, parent, description, capabilities, pricing
        case ownedBy = "owned_by"
        case maxTokens = "max_tokens"
    }
}

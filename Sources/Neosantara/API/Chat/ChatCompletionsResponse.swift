/// A chat completion: what `POST /chat/completions` (and `POST /reasoning`) return.
///
/// This is the `ChatCompletionsResponse` model of the 2025 TypeScript SDK, extended with the fields of
/// the current wire format. The gateway's `_metadata` object is exposed as ``metadata``.
public struct ChatCompletionsResponse: Codable, Hashable, Sendable {
    /// The completion's id, for example `"chatcmpl-12345"`.
    public var id: String?
    /// The object type, `"chat.completion"`.
    public var object: String?
    /// When the completion was created, in seconds since 1970.
    public var created: Int?
    /// The model that produced the completion.
    public var model: String?
    /// The generated choices; one unless the request asked for more with `n`.
    public var choices: [ChatCompletionChoice]
    /// Token counts.
    public var usage: Usage?
    /// The gateway's information about the request (`_metadata` on the wire).
    public var metadata: Metadata?
    /// The provider's backend configuration fingerprint, when it sends one.
    public var systemFingerprint: String?
    /// The service tier that processed the request, when the provider says.
    public var serviceTier: String?

    /// Creates a chat completion.
    public init(
        id: String? = nil,
        object: String? = "chat.completion",
        created: Int? = nil,
        model: String? = nil,
        choices: [ChatCompletionChoice] = [],
        usage: Usage? = nil,
        metadata: Metadata? = nil,
        systemFingerprint: String? = nil,
        serviceTier: String? = nil
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.metadata = metadata
        self.systemFingerprint = systemFingerprint
        self.serviceTier = serviceTier
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, object, created, model, choices, usage
        case metadata = "_metadata"
        case systemFingerprint = "system_fingerprint"
        case serviceTier = "service_tier"
    }

    /// Decodes a completion; a missing `choices` array reads as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        created = try container.decodeIfPresent(Int.self, forKey: .created)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        choices = try container.decodeIfPresent([ChatCompletionChoice].self, forKey: .choices) ?? []
        usage = try container.decodeIfPresent(Usage.self, forKey: .usage)
        metadata = try container.decodeIfPresent(Metadata.self, forKey: .metadata)
        systemFingerprint = try container.decodeIfPresent(String.self, forKey: .systemFingerprint)
        serviceTier = try container.decodeIfPresent(String.self, forKey: .serviceTier)
    }
}

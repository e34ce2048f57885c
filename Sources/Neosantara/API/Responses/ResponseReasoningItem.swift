/// A `reasoning` item: what a reasoning model thought, as a summary, and its encrypted reasoning when the
/// request included ``ResponseInclude/reasoningEncryptedContent``. Send it back in the next request's input to
/// keep the reasoning.
public struct ResponseReasoningItem: Codable, Hashable, Sendable {
    /// The item's id.
    public var id: String
    /// The summary, in parts.
    public var summary: [SummaryText]
    /// The reasoning in the model's own words, where the provider shares it.
    public var content: [JSONValue]?
    /// The encrypted reasoning, to send back unchanged.
    public var encryptedContent: String?
    /// Whether the item is complete.
    public var status: ResponseStatus?

    /// Creates a reasoning item.
    public init(
        id: String, summary: [SummaryText] = [], content: [JSONValue]? = nil, encryptedContent: String? = nil,
        status: ResponseStatus? = nil
    ) {
        self.id = id
        self.summary = summary
        self.content = content
        self.encryptedContent = encryptedContent
        self.status = status
    }

    /// The summary's text, its parts joined by blank lines.
    public var summaryText: String {
        summary.map(\.text).joined(separator: "\n\n")
    }

    /// A `summary_text` part of a reasoning summary.
    public struct SummaryText: Codable, Hashable, Sendable {
        /// The text.
        public var text: String

        /// Creates a summary part.
        public init(text: String) {
            self.text = text
        }

        private enum CodingKeys: String, CodingKey {
            case text
        }

        /// Decodes a summary part.
        public init(from decoder: any Decoder) throws {
            text = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .text)
        }

        /// Encodes the part with `type: "summary_text"`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try TypeTag.encode("summary_text", to: encoder)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, summary, content, status
        case encryptedContent = "encrypted_content"
    }

    /// Decodes a reasoning item; a missing summary is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        summary = try container.decodeIfPresent([SummaryText].self, forKey: .summary) ?? []
        content = try container.decodeIfPresent([JSONValue].self, forKey: .content)
        encryptedContent = try container.decodeIfPresent(String.self, forKey: .encryptedContent)
        status = try container.decodeIfPresent(ResponseStatus.self, forKey: .status)
    }

    /// Encodes the item with `type: "reasoning"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(summary, forKey: .summary)
        try container.encodeIfPresent(content, forKey: .content)
        try container.encodeIfPresent(encryptedContent, forKey: .encryptedContent)
        try container.encodeIfPresent(status, forKey: .status)
        try TypeTag.encode("reasoning", to: encoder)
    }
}

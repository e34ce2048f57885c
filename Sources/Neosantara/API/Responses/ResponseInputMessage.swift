/// A message of a Responses request's input: who says it, and its parts.
///
/// ```swift
/// let input: [ResponseInputItem] = [
///     .message(.developer("Jawab dalam satu kalimat.")),
///     .message(.user([.text("Apa ini?"), .image(url: "https://example.com/kopi.jpg")])),
/// ]
/// ```
public struct ResponseInputMessage: Hashable, Sendable {
    /// Who says it: `user`, `assistant`, `system` or `developer`.
    public var role: Role
    /// Its parts. A single text part is sent as a plain string.
    public var content: [ResponseInputContent]

    /// Creates a message.
    public init(role: Role, content: [ResponseInputContent]) {
        self.role = role
        self.content = content
    }

    /// A `user` message of text.
    public static func user(_ text: String) -> Self { Self(role: .user, content: [.text(text)]) }
    /// A `user` message of several parts.
    public static func user(_ parts: [ResponseInputContent]) -> Self { Self(role: .user, content: parts) }
    /// An `assistant` message of text: an earlier turn of the model.
    public static func assistant(_ text: String) -> Self { Self(role: .assistant, content: [.text(text)]) }
    /// A `system` message of text.
    public static func system(_ text: String) -> Self { Self(role: .system, content: [.text(text)]) }
    /// A `developer` message of text: instructions that outrank the user's.
    public static func developer(_ text: String) -> Self { Self(role: .developer, content: [.text(text)]) }

    /// The text of every text part, joined.
    public var text: String {
        content.compactMap(\.text).joined()
    }
}

extension ResponseInputMessage: Codable {
    private enum CodingKeys: String, CodingKey {
        case role, content
    }

    /// Decodes a message whose content is a string or a list of parts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(Role.self, forKey: .role)
        if let text = try? container.decode(String.self, forKey: .content) {
            content = [.text(text)]
        } else {
            content = try container.decode([ResponseInputContent].self, forKey: .content)
        }
    }

    /// Encodes the message with `type: "message"`; a single text part as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        if content.count == 1, case .text(let text) = content[0] {
            try container.encode(text, forKey: .content)
        } else {
            try container.encode(content, forKey: .content)
        }
        try TypeTag.encode("message", to: encoder)
    }
}

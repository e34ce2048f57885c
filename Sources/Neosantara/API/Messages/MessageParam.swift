/// One message of a Messages API conversation: who speaks, and what they say.
///
/// ```swift
/// let messages: [MessageParam] = [.user("Apa ibu kota Indonesia?"), .assistant("Jakarta."), .user("Dan Jepang?")]
/// ```
public struct MessageParam: Codable, Hashable, Sendable {
    /// `user` or `assistant`.
    public var role: Role
    /// A string or content blocks.
    public var content: BlockContent

    /// Creates a message.
    public init(role: Role, content: BlockContent) {
        self.role = role
        self.content = content
    }

    /// A `user` message with plain text.
    public static func user(_ text: String) -> MessageParam {
        MessageParam(role: .user, content: .text(text))
    }

    /// A `user` message with content blocks, such as an image and a question, or tool results.
    public static func user(_ blocks: [ContentBlock]) -> MessageParam {
        MessageParam(role: .user, content: .blocks(blocks))
    }

    /// An `assistant` message with plain text: an earlier answer, or the start of the next one.
    public static func assistant(_ text: String) -> MessageParam {
        MessageParam(role: .assistant, content: .text(text))
    }

    /// An `assistant` message with content blocks, such as an earlier answer's thinking and tool calls.
    public static func assistant(_ blocks: [ContentBlock]) -> MessageParam {
        MessageParam(role: .assistant, content: .blocks(blocks))
    }
}

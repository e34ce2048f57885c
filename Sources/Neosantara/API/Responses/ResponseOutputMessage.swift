/// A `message` item of a response's output: what the model says, in parts.
public struct ResponseOutputMessage: Codable, Hashable, Sendable {
    /// The item's id.
    public var id: String
    /// Who says it: `assistant`.
    public var role: Role
    /// Whether the message is complete.
    public var status: ResponseStatus?
    /// The parts: text with annotations, or refusals.
    public var content: [ResponseOutputContent]

    /// Creates an output message.
    public init(
        id: String, role: Role = .assistant, status: ResponseStatus? = nil, content: [ResponseOutputContent] = []
    ) {
        self.id = id
        self.role = role
        self.status = status
        self.content = content
    }

    /// The text of every text part, joined.
    public var text: String {
        content.compactMap(\.text).joined()
    }

    /// The refusal, when the model declined.
    public var refusal: String? {
        let refusals = content.compactMap(\.refusal)
        return refusals.isEmpty ? nil : refusals.joined()
    }

    /// The message as an input item, to send back in a later request.
    public var asInput: ResponseInputItem {
        .message(
            ResponseInputMessage(
                role: role,
                content: content.map { part in
                    switch part {
                    case .text(let text, _): .outputText(text)
                    case .refusal(let refusal): .refusal(refusal)
                    case .other(let json): .other(json)
                    }
                }))
    }
}

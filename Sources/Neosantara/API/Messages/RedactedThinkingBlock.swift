/// A `redacted_thinking` content block: reasoning the server encrypted, to be sent back unchanged in a later
/// turn.
public struct RedactedThinkingBlock: Codable, Hashable, Sendable {
    /// The encrypted reasoning.
    public var data: String

    /// Creates a redacted thinking block.
    public init(data: String) {
        self.data = data
    }
}

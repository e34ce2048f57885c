/// The author of a chat message.
public struct Role: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Instructions that set the assistant's behaviour.
    public static let system = Self(rawValue: "system")

    /// Instructions from the application developer (newer models' name for `system`).
    public static let developer = Self(rawValue: "developer")

    /// A message from the end user.
    public static let user = Self(rawValue: "user")

    /// A reply from the model.
    public static let assistant = Self(rawValue: "assistant")

    /// The result of a tool call, answering the assistant's `tool_calls`.
    public static let tool = Self(rawValue: "tool")

    /// The result of a legacy function call.
    public static let function = Self(rawValue: "function")
}

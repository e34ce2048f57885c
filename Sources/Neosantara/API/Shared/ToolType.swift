/// The kind of a tool or tool call.
public struct ToolType: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A function the application defines and runs.
    public static let function = Self(rawValue: "function")

    /// The gateway's built-in web search.
    public static let webSearch = Self(rawValue: "web_search")

    /// A remote Model Context Protocol server the gateway calls.
    public static let mcp = Self(rawValue: "mcp")
}

/// Whether and which tool the model must use (`tool_choice`).
///
/// ```swift
/// request.toolChoice = .tool("get_weather")   // must call this tool
/// request.toolChoice = .any                   // must call some tool
/// ```
public struct MessageToolChoice: Codable, Hashable, Sendable {
    /// `auto`, `any`, `tool`, `none`, or another mode the server accepts.
    public var type: Mode
    /// The tool to call, for ``Mode/tool``.
    public var name: String?
    /// Whether the model must call at most one tool (`disable_parallel_tool_use`).
    public var disableParallelToolUse: Bool?

    /// Creates a tool choice.
    public init(type: Mode, name: String? = nil, disableParallelToolUse: Bool? = nil) {
        self.type = type
        self.name = name
        self.disableParallelToolUse = disableParallelToolUse
    }

    /// The model decides whether to call a tool.
    public static let auto = MessageToolChoice(type: .auto)
    /// The model must call one of the tools.
    public static let any = MessageToolChoice(type: .any)
    /// The model must not call a tool.
    public static let none = MessageToolChoice(type: .none)

    /// The model must call the tool named `name`.
    public static func tool(_ name: String) -> MessageToolChoice {
        MessageToolChoice(type: .tool, name: name)
    }

    enum CodingKeys: String, CodingKey {
        case type, name
        case disableParallelToolUse = "disable_parallel_tool_use"
    }

    /// How the model chooses tools; any value decodes.
    public struct Mode: OpenStringEnum {
        /// The wire spelling.
        public let rawValue: String

        /// Creates a mode from its wire spelling.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The model decides.
        public static let auto = Self(rawValue: "auto")
        /// Some tool must be called.
        public static let any = Self(rawValue: "any")
        /// The named tool must be called.
        public static let tool = Self(rawValue: "tool")
        /// No tool may be called.
        public static let none = Self(rawValue: "none")
    }
}

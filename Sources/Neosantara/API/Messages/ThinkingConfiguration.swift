/// Whether the model thinks before it answers, and how much (`thinking`).
///
/// ```swift
/// request.thinking = .enabled(budgetTokens: 2048)   // at least 1,024 tokens
/// request.thinking = .adaptive                      // the model decides
/// ```
public struct ThinkingConfiguration: Codable, Hashable, Sendable {
    /// `enabled`, `disabled`, `adaptive`, or another mode the server accepts.
    public var type: Mode
    /// The most tokens the model may think with, at least 1,024; required for ``Mode/enabled``.
    public var budgetTokens: Int?

    /// Creates a thinking configuration.
    public init(type: Mode, budgetTokens: Int? = nil) {
        self.type = type
        self.budgetTokens = budgetTokens
    }

    /// Thinking with at most `budgetTokens` tokens (at least 1,024).
    public static func enabled(budgetTokens: Int) -> ThinkingConfiguration {
        ThinkingConfiguration(type: .enabled, budgetTokens: budgetTokens)
    }

    /// No thinking.
    public static let disabled = ThinkingConfiguration(type: .disabled)
    /// The model decides whether and how much to think.
    public static let adaptive = ThinkingConfiguration(type: .adaptive)

    enum CodingKeys: String, CodingKey {
        case type
        case budgetTokens = "budget_tokens"
    }

    /// Whether and how the model thinks; any value decodes.
    public struct Mode: OpenStringEnum {
        /// The wire spelling.
        public let rawValue: String

        /// Creates a mode from its wire spelling.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// Thinking within a token budget.
        public static let enabled = Self(rawValue: "enabled")
        /// No thinking.
        public static let disabled = Self(rawValue: "disabled")
        /// The model decides.
        public static let adaptive = Self(rawValue: "adaptive")
    }
}

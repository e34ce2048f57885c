import Foundation

/// Reads the process environment.
enum Environment {
    /// The value of the variable `name`, or `nil` when it is unset or only white space.
    static func value(of name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name]?.trimmed, !value.isEmpty else { return nil }
        return value
    }
}

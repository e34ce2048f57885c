import Foundation
import Logging

/// The CLI's logger: nothing, unless `NEOSANTARA_DEBUG` is set.
enum DebugLogger {
    /// A logger that writes to standard error at debug level when `NEOSANTARA_DEBUG` is set (to anything but
    /// `0`, `false`, `no` or `off`), or at trace level, with headers and bodies, when it is `trace`. The SDK
    /// keeps the API key out of every line.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Logger? {
        guard let value = environment["NEOSANTARA_DEBUG"]?.trimmingCharacters(in: .whitespaces).lowercased(),
            !["", "0", "false", "no", "off"].contains(value)
        else { return nil }
        var logger = Logger(label: "neosantara", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = value == "trace" ? .trace : .debug
        return logger
    }
}

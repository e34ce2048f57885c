import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the tool writes: the reply to standard output, everything else to standard error, with styles only
/// on a terminal and never when `NO_COLOR` is set.
enum Terminal {
    /// Whether standard output is a terminal.
    static let outputIsTerminal = isatty(STDOUT_FILENO) == 1
    /// Whether standard error is a terminal.
    static let errorIsTerminal = isatty(STDERR_FILENO) == 1
    /// Whether standard input is a terminal.
    static let inputIsTerminal = isatty(STDIN_FILENO) == 1
    /// Whether styles may be used on standard output.
    static let stylesOutput = outputIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    /// Whether styles may be used on standard error.
    static let stylesErrors = errorIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Writes `text` to standard output at once.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a line to standard error.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `text` dimmed, when standard output takes styles.
    static func dim(_ text: String) -> String {
        stylesOutput ? "\u{1B}[2m\(text)\u{1B}[22m" : text
    }

    /// `text` in bold, when standard output takes styles.
    static func bold(_ text: String) -> String {
        stylesOutput ? "\u{1B}[1m\(text)\u{1B}[22m" : text
    }

    /// Reads one line of standard input without blocking the caller's thread; `nil` at the end of input.
    static func readLine() async -> String? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Swift.readLine(strippingNewline: true))
            }
        }
    }

    /// Reads all of standard input as text.
    static func readAllInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}

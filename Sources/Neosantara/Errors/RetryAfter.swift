import Foundation
import HTTPTypes

/// Reads how long a server asks the client to wait: `retry-after-ms`, or `retry-after` in seconds or as
/// an HTTP date.
enum RetryAfter {
    /// The delay the headers ask for, to the nearest millisecond, or `nil` when they ask for none or cannot
    /// be read: a negative, infinite or `NaN` number is no delay, and one too long for a `Duration` of
    /// milliseconds saturates.
    static func parse(_ headers: HTTPFields, now: Date = Date()) -> Duration? {
        if let text = headers[HTTPField.Name("retry-after-ms")!], let milliseconds = Double(text.trimmed),
            let delay = Duration.wait(milliseconds: milliseconds)
        {
            return delay
        }
        guard let text = headers[HTTPField.Name("retry-after")!]?.trimmed else { return nil }
        if let seconds = Double(text) {
            return Duration.wait(milliseconds: seconds * 1000)
        }
        if let date = parseHTTPDate(text) {
            return Duration.wait(milliseconds: max(0, date.timeIntervalSince(now)) * 1000)
        }
        return nil
    }

    /// Parses an IMF-fixdate such as `Wed, 21 Oct 2015 07:28:00 GMT`.
    static func parseHTTPDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmed: String { trimmingCharacters(in: .whitespaces) }

    /// Whether the string has a character other than spaces and tabs: `!trimmed.isEmpty`, without
    /// Foundation's string search, which every request's validation runs.
    var hasContent: Bool { contains { !$0.isWhitespace || $0.isNewline } }
}

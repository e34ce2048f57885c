import Foundation

/// Reads and writes the ISO 8601 timestamps of the API, with or without fractional seconds.
///
/// The conversion lives in the models' own `Codable` code, so they decode with any `JSONDecoder`,
/// whatever its date strategy.
enum ISO8601Date {
    private static let wholeSeconds = Date.ISO8601FormatStyle()

    /// Parses `text`, or returns `nil` when it is not an ISO 8601 date-time.
    ///
    /// Fractional seconds are read as their decimal digits and added to the whole second, rather than left
    /// to the format style, whose parse lands on a nearby `Date` that formats a millisecond early about
    /// half the time (`…40.002Z` read back as `…40.001Z`).
    static func parse(_ text: String) -> Date? {
        guard let dot = text.firstIndex(of: ".") else { return try? wholeSeconds.parse(text) }
        let digitsStart = text.index(after: dot)
        let digitsEnd = text[digitsStart...].firstIndex { !("0"..."9").contains($0) } ?? text.endIndex
        guard digitsEnd > digitsStart, let fraction = Double("0." + text[digitsStart..<digitsEnd]),
            let whole = try? wholeSeconds.parse(String(text[..<dot] + text[digitsEnd...]))
        else { return nil }
        return Date(timeIntervalSince1970: whole.timeIntervalSince1970 + fraction)
    }

    /// Formats `date` in UTC, with milliseconds (rounded to the nearest) only when it has a fractional
    /// second, so that a date ``parse(_:)`` read formats back to the same text.
    static func format(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = (milliseconds / 1000).rounded(.down)
        let whole = wholeSeconds.format(Date(timeIntervalSince1970: seconds))
        let fraction = Int(milliseconds - seconds * 1000)
        guard fraction != 0, whole.hasSuffix("Z") else { return whole }
        let digits = String(fraction)
        return whole.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional ISO 8601 date; `null`, a missing key or a string that is not a date give `nil`.
    ///
    /// A malformed timestamp in metadata must not make a whole response undecodable.
    func decodeISO8601DateIfPresent(forKey key: Key) throws -> Date? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        return ISO8601Date.parse(text)
    }
}

extension KeyedEncodingContainer {
    /// Encodes an optional date as an ISO 8601 string, omitting the key when it is `nil`.
    mutating func encodeISO8601DateIfPresent(_ date: Date?, forKey key: Key) throws {
        guard let date else { return }
        try encode(ISO8601Date.format(date), forKey: key)
    }
}

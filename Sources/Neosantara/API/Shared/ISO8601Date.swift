import Foundation

/// Reads and writes the ISO 8601 timestamps of the API, with or without fractional seconds.
///
/// The conversion lives in the models' own `Codable` code, so they decode with any `JSONDecoder`,
/// whatever its date strategy.
enum ISO8601Date {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()

    /// Parses `text`, or returns `nil` when it is not an ISO 8601 date-time.
    static func parse(_ text: String) -> Date? {
        (try? withFraction.parse(text)) ?? (try? withoutFraction.parse(text))
    }

    /// Formats `date`, with milliseconds only when it has a fractional second.
    static func format(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        return seconds.rounded() == seconds ? withoutFraction.format(date) : withFraction.format(date)
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

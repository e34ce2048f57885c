extension KeyedDecodingContainer {
    /// A whole number that a server may write as `12` or as `12.0`; a fraction is cut off.
    ///
    /// An integer is read exactly. Any other number is read as a `Double`, and one that is not finite
    /// or does not fit in `Int` throws a decoding error instead of trapping in the conversion.
    func decodeWholeNumber(forKey key: Key) throws -> Int {
        if let whole = try? decode(Int.self, forKey: key) {
            return whole
        }
        let number = try decode(Double.self, forKey: key)
        guard number.isFinite, let whole = Int(exactly: number.rounded(.towardZero)) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "\(number) is not a whole number that fits in Int")
        }
        return whole
    }

    /// A whole number as ``decodeWholeNumber(forKey:)`` reads it, or `nil` when the member is absent or
    /// `null`.
    func decodeWholeNumberIfPresent(forKey key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeWholeNumber(forKey: key)
    }
}

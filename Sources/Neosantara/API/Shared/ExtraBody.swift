extension KeyedDecodingContainer where Key == DynamicCodingKey {
    /// The fields of a request body the SDK does not model: every key but `knownKeys`.
    func decodeExtraBody(excluding knownKeys: Set<String>) throws -> [String: JSONValue] {
        var extraBody: [String: JSONValue] = [:]
        for key in allKeys where !knownKeys.contains(key.stringValue) {
            extraBody[key.stringValue] = try decode(JSONValue.self, forKey: key)
        }
        return extraBody
    }
}

extension KeyedEncodingContainer where Key == DynamicCodingKey {
    /// Writes each extra field at the top level, replacing a modelled field of the same name.
    mutating func encodeExtraBody(_ extraBody: [String: JSONValue]) throws {
        for (key, value) in extraBody {
            try encode(value, forKey: DynamicCodingKey(key))
        }
    }
}

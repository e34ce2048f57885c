extension Usage {
    /// Reads token counts with a ``JSONByteReader``, as `init(from:)` decodes them.
    static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported) -> Usage {
        var usage = Usage(promptTokens: 0, completionTokens: 0, totalTokens: 0)
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .promptTokens: usage.promptTokens = try reader.readNullableInt() ?? 0
            case .completionTokens: usage.completionTokens = try reader.readNullableInt() ?? 0
            case .totalTokens: usage.totalTokens = try reader.readNullableInt() ?? 0
            case .promptTokensDetails:
                usage.promptTokensDetails = try reader.readNull() ? nil : PromptTokensDetails.decodeCommonShape(&reader)
            case .completionTokensDetails:
                usage.completionTokensDetails =
                    try reader.readNull() ? nil : CompletionTokensDetails.decodeCommonShape(&reader)
            }
        }
        return usage
    }
}

extension Usage.PromptTokensDetails {
    /// Reads a prompt breakdown as `init(from:)` decodes it.
    fileprivate static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> Self
    {
        var details = Self()
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .cachedTokens: details.cachedTokens = try reader.readNullableInt()
            case .audioTokens: details.audioTokens = try reader.readNullableInt()
            }
        }
        return details
    }
}

extension Usage.CompletionTokensDetails {
    /// Reads a completion breakdown as `init(from:)` decodes it.
    fileprivate static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported)
        -> Self
    {
        var details = Self()
        try reader.readObject(CodingKeys.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .reasoningTokens: details.reasoningTokens = try reader.readNullableInt()
            case .audioTokens: details.audioTokens = try reader.readNullableInt()
            }
        }
        return details
    }
}

extension Usage.CodingKeys: JSONObjectKey {
    static let all = allCases
}

extension Usage.PromptTokensDetails.CodingKeys: JSONObjectKey {
    static let all = allCases
}

extension Usage.CompletionTokensDetails.CodingKeys: JSONObjectKey {
    static let all = allCases
}

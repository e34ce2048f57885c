extension Usage {
    /// Reads token counts with a ``JSONByteReader``, as `init(from:)` decodes them.
    static func decodeCommonShape(_ reader: inout JSONByteReader) throws(JSONByteReader.Unsupported) -> Usage {
        var usage = Usage(promptTokens: 0, completionTokens: 0, totalTokens: 0)
        try reader.readObject(Key.self) { reader, key throws(JSONByteReader.Unsupported) in
            switch key {
            case .promptTokens: usage.promptTokens = try reader.readNullableInt() ?? 0
            case .completionTokens: usage.completionTokens = try reader.readNullableInt() ?? 0
            case .totalTokens: usage.totalTokens = try reader.readNullableInt() ?? 0
            case .promptTokensDetails:
                guard try !reader.readNull() else { return }
                var details = PromptTokensDetails()
                try reader.readObject(DetailKey.self) { reader, key throws(JSONByteReader.Unsupported) in
                    switch key {
                    case .cachedTokens: details.cachedTokens = try reader.readNullableInt()
                    case .audioTokens: details.audioTokens = try reader.readNullableInt()
                    case .reasoningTokens: try reader.skipValue(depth: 0)
                    }
                }
                usage.promptTokensDetails = details
            case .completionTokensDetails:
                guard try !reader.readNull() else { return }
                var details = CompletionTokensDetails()
                try reader.readObject(DetailKey.self) { reader, key throws(JSONByteReader.Unsupported) in
                    switch key {
                    case .reasoningTokens: details.reasoningTokens = try reader.readNullableInt()
                    case .audioTokens: details.audioTokens = try reader.readNullableInt()
                    case .cachedTokens: try reader.skipValue(depth: 0)
                    }
                }
                usage.completionTokensDetails = details
            }
        }
        return usage
    }

    private enum Key: String, JSONObjectKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
        case promptTokensDetails = "prompt_tokens_details"
        case completionTokensDetails = "completion_tokens_details"

        static let all = allCases
    }

    /// The keys of both detail objects; each reads its own and skips the other's.
    private enum DetailKey: String, JSONObjectKey {
        case cachedTokens = "cached_tokens"
        case audioTokens = "audio_tokens"
        case reasoningTokens = "reasoning_tokens"

        static let all = allCases
    }
}

@testable import Neosantara

extension FuzzTarget {
    /// `ChatCompletionAccumulator` on any sequence of fuzzed chunks: it never crashes, and its response has one
    /// choice per index seen, in index order, whose content, reasoning and refusal are the concatenation of that
    /// index's deltas (`nil` when none came).
    ///
    /// Input: per chunk, a choice count, then per choice an index, which texts it carries, the texts, an optional
    /// tool call delta and finish reason.
    static let chunkAccumulator = FuzzTarget(name: "ChunkAccumulator") { bytes in
        var input = FuzzInput(bytes)
        var accumulator = ChatCompletionAccumulator()
        var expected: [Int: (content: String?, reasoning: String?, refusal: String?)] = [:]
        while !input.isAtEnd {
            var chunk = ChatCompletionChunk(id: input.bool() ? input.string() : nil)
            for _ in 0..<input.number(below: 4) {
                let index = Int(Int8(bitPattern: input.byte()))
                let present = input.byte()
                var delta = ChatCompletionChunk.Delta()
                if present & 1 != 0 { delta.content = input.string() }
                if present & 2 != 0 { delta.reasoningContent = input.string() }
                if present & 4 != 0 { delta.refusal = input.string() }
                if present & 8 != 0 { delta.role = input.pick([.assistant, .user, Role(rawValue: input.string())]) }
                if present & 16 != 0 {
                    delta.toolCalls = [
                        ChatCompletionChunk.ToolCallDelta(
                            index: input.bool() ? Int(Int8(bitPattern: input.byte())) : nil,
                            id: input.bool() ? input.string() : nil, type: input.bool() ? .function : nil,
                            function: .init(
                                name: input.bool() ? input.string() : nil,
                                arguments: input.bool() ? input.string() : nil))
                    ]
                }
                let finish: FinishReason? = present & 32 != 0 ? input.pick([.stop, .length, .toolCalls]) : nil
                chunk.choices.append(.init(index: index, delta: delta, finishReason: finish))
                var texts = expected[index] ?? (nil, nil, nil)
                texts.content = join(texts.content, delta.content)
                texts.reasoning = join(texts.reasoning, delta.reasoningContent)
                texts.refusal = join(texts.refusal, delta.refusal)
                expected[index] = texts
            }
            accumulator.add(chunk)
        }
        let choices = accumulator.response.choices
        require(choices.map(\.index) == expected.keys.sorted(), "choices \(choices.map(\.index))")
        for choice in choices {
            let texts = expected[choice.index]!
            require(choice.message.content == texts.content, "content of \(choice.index): \(choice)")
            require(choice.message.reasoningContent == texts.reasoning, "reasoning of \(choice.index): \(choice)")
            require(choice.message.refusal == texts.refusal, "refusal of \(choice.index): \(choice)")
        }
    }

    /// `piece` appended to `text`, either of which may be missing.
    private static func join(_ text: String?, _ piece: String?) -> String? {
        guard let piece else { return text }
        return (text ?? "") + piece
    }
}

import Foundation

extension ResponsesRequest: FastEncodable {
    /// The request's JSON, written several times faster than `JSONEncoder` writes it: the writer writes a
    /// string input and the scalar fields itself and hands input items, tools, text and reasoning options and
    /// the other structured fields to `JSONEncoder`; `nil` when there is ``extraBody`` to merge, or a number
    /// JSON cannot hold.
    func encodeCommonShape() -> Data? {
        guard extraBody.isEmpty else { return nil }
        return JSONByteWriter.document(capacity: 256) { writer throws(JSONByteWriter.Unsupported) in
            writer.key(CodingKeys.model)
            writer.string(model)
            switch input {
            case .text(let text):
                writer.key(CodingKeys.input)
                writer.string(text)
            case .items(let items):
                try writer.member(CodingKeys.input, encoding: items)
            case nil:
                break
            }
            writer.member(CodingKeys.instructions, instructions)
            try writer.member(CodingKeys.tools, encoding: tools)
            try writer.member(CodingKeys.toolChoice, encoding: toolChoice)
            writer.member(CodingKeys.parallelToolCalls, parallelToolCalls)
            writer.member(CodingKeys.maxToolCalls, maxToolCalls)
            try writer.member(CodingKeys.text, encoding: text)
            try writer.member(CodingKeys.reasoning, encoding: reasoning)
            writer.member(CodingKeys.maxOutputTokens, maxOutputTokens)
            try writer.member(CodingKeys.temperature, temperature)
            try writer.member(CodingKeys.topP, topP)
            writer.member(CodingKeys.store, store)
            writer.member(CodingKeys.background, background)
            writer.member(CodingKeys.stream, stream)
            try writer.member(CodingKeys.metadata, encoding: metadata)
            writer.member(CodingKeys.previousResponseID, previousResponseID)
            try writer.member(CodingKeys.include, encoding: include)
            try writer.member(CodingKeys.truncation, encoding: truncation)
            writer.member(CodingKeys.user, user)
        }
    }
}

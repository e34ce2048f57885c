/// The top-level members a chat completion and a stream chunk share, as their fast decoders read them.
struct CompletionMembers<Choice> {
    var id: String?
    var object: String?
    var created: Int?
    var model: String?
    var choices: [Choice] = []
    var usage: Usage?
    var metadata: Metadata?
    var systemFingerprint: String?
    var serviceTier: String?

    /// Reads the whole document in `json` with a ``JSONByteReader``, each choice with `choice`, as
    /// `init(from:)` of ``ChatCompletionsResponse`` and ``ChatCompletionChunk`` read their members; `nil`
    /// for input the reader does not handle.
    static func read(
        _ json: UnsafeRawBufferPointer,
        choice: (inout JSONByteReader) throws(JSONByteReader.Unsupported) -> Choice
    ) -> Self? {
        var reader = JSONByteReader(json)
        var members = Self()
        do throws(JSONByteReader.Unsupported) {
            try reader.readObject(CompletionMemberKey.self) { reader, key throws(JSONByteReader.Unsupported) in
                switch key {
                case .id: members.id = try reader.readNullableString()
                case .object: members.object = try reader.readNullableString()
                case .created: members.created = try reader.readNullableInt()
                case .model: members.model = try reader.readNullableString()
                case .systemFingerprint: members.systemFingerprint = try reader.readNullableString()
                case .serviceTier: members.serviceTier = try reader.readNullableString()
                case .usage: members.usage = try reader.readNull() ? nil : Usage.decodeCommonShape(&reader)
                case .metadata: members.metadata = try reader.decodeNullable(Metadata.self)
                case .choices:
                    guard try !reader.readNull() else { return }
                    try reader.readArray { reader throws(JSONByteReader.Unsupported) in
                        members.choices.append(try choice(&reader))
                    }
                }
            }
            try reader.expectEnd()
        } catch {
            return nil
        }
        return members
    }
}

/// The keys of ``CompletionMembers``: a completion's, which are a chunk's too.
private typealias CompletionMemberKey = ChatCompletionsResponse.CodingKeys

extension ChatCompletionsResponse.CodingKeys: JSONObjectKey {
    static let all = allCases
}

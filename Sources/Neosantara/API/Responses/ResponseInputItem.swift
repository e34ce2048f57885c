/// An item of a Responses request's input: a message, a function call and its output, a reference to a stored
/// item, or a reasoning item sent back.
///
/// ```swift
/// let input: [ResponseInputItem] = [
///     .message(.user("Cuaca di Jakarta?")),
///     .functionCall(call),                                    // from the previous response
///     .functionCallOutput(callID: call.callID, output: #"{"suhu":31}"#),
/// ]
/// ```
public enum ResponseInputItem: Hashable, Sendable {
    /// A message.
    case message(ResponseInputMessage)
    /// A function call the model made in an earlier turn.
    case functionCall(ResponseFunctionCall)
    /// The result of a function call: `function_call_output`.
    case functionCallOutput(callID: String, output: String)
    /// An item stored on the server, by its id: `item_reference`.
    case itemReference(id: String)
    /// A reasoning item of an earlier response, sent back.
    case reasoning(ResponseReasoningItem)
    /// Any other item, as its JSON.
    case other(JSONValue)

    /// The item's type on the wire, such as `message` or `function_call_output`.
    public var type: String {
        switch self {
        case .message: "message"
        case .functionCall: "function_call"
        case .functionCallOutput: "function_call_output"
        case .itemReference: "item_reference"
        case .reasoning: "reasoning"
        case .other(let value): value["type"]?.stringValue ?? ""
        }
    }
}

extension ResponseInputItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, output
        case callID = "call_id"
    }

    /// Decodes an item by its `type`; a missing `type` with a `role` is a message, and an unknown type is kept
    /// as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch TypeTag.of(decoder) {
        case "message":
            self = .message(try ResponseInputMessage(from: decoder))
        case "function_call":
            self = .functionCall(try ResponseFunctionCall(from: decoder))
        case "function_call_output":
            // An output of content parts, rather than text, is kept whole as `other`.
            guard let output = try? container.decode(String.self, forKey: .output) else {
                self = .other(try JSONValue(from: decoder))
                return
            }
            self = .functionCallOutput(callID: try container.decode(String.self, forKey: .callID), output: output)
        case "item_reference":
            self = .itemReference(id: try container.decode(String.self, forKey: .id))
        case "reasoning":
            self = .reasoning(try ResponseReasoningItem(from: decoder))
        case nil where (try? ResponseInputMessage(from: decoder)) != nil:
            self = .message(try ResponseInputMessage(from: decoder))
        default:
            self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the item with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .message(let message):
            try message.encode(to: encoder)
        case .functionCall(let call):
            try call.encode(to: encoder)
        case .functionCallOutput(let callID, let output):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(callID, forKey: .callID)
            try container.encode(output, forKey: .output)
        case .itemReference(let id):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
        case .reasoning(let item):
            try item.encode(to: encoder)
        case .other(let value):
            try value.encode(to: encoder)
            return
        }
        try TypeTag.encode(type, to: encoder)
    }
}

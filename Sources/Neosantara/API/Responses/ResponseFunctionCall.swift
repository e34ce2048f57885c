/// A `function_call` item: the model asks for a function to run. Send the result back as
/// ``ResponseInputItem/functionCallOutput(callID:output:)`` with the same ``callID``.
public struct ResponseFunctionCall: Codable, Hashable, Sendable {
    /// The item's id.
    public var id: String?
    /// The id that ties the function's output to this call.
    public var callID: String
    /// The function's name.
    public var name: String
    /// The arguments, as JSON text the model wrote; check it before use.
    public var arguments: String
    /// Whether the item is complete.
    public var status: ResponseStatus?

    /// Creates a function call item.
    public init(id: String? = nil, callID: String, name: String, arguments: String, status: ResponseStatus? = nil) {
        self.id = id
        self.callID = callID
        self.name = name
        self.arguments = arguments
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case id
        case callID = "call_id"
        case name, arguments, status
    }
}

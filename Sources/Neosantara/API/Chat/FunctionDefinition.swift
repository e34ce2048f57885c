/// A function the model may call: its name, what it does, and a JSON schema of its arguments.
public struct FunctionDefinition: Codable, Hashable, Sendable {
    /// The function's name: letters, digits, underscores and dashes.
    public var name: String
    /// What the function does, for the model to decide when to call it.
    public var description: String?
    /// A JSON schema of the arguments object.
    public var parameters: JSONValue?
    /// Whether the model must follow the schema exactly.
    public var strict: Bool?

    /// Creates a function definition.
    public init(name: String, description: String? = nil, parameters: JSONValue? = nil, strict: Bool? = nil) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.strict = strict
    }
}

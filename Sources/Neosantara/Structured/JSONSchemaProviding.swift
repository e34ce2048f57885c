/// A type that gives its JSON schema itself instead of having it derived.
///
/// Use it for a type whose `init(from:)` the SDK cannot walk, for example one that decodes different
/// shapes depending on the input. The type must still decode from a value that matches the schema.
public protocol JSONSchemaProviding {
    /// The JSON schema of the type's encoded form.
    static var jsonSchema: JSONValue { get }
}

/// A type that adds descriptions to the JSON schema the SDK derives from it.
///
/// Descriptions tell the model what a field means. They are optional: any `Decodable` type has a schema
/// without them.
///
/// ```swift
/// struct Weather: Codable, JSONSchemaDescribing {
///     var city: String
///     var celsius: Double
///
///     static let schemaDescription: String? = "The current weather in one city"
///     static let propertyDescriptions = ["celsius": "Temperature in degrees Celsius"]
/// }
/// ```
public protocol JSONSchemaDescribing {
    /// What the type as a whole is; `nil` for none.
    static var schemaDescription: String? { get }
    /// What each property means, keyed by its name on the wire (its coding key).
    static var propertyDescriptions: [String: String] { get }
}

extension JSONSchemaDescribing {
    /// No description of the type as a whole.
    public static var schemaDescription: String? { nil }
    /// No property descriptions.
    public static var propertyDescriptions: [String: String] { [:] }
}

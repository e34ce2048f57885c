/// JSON schemas derived from Swift types, for structured outputs and tool arguments.
///
/// The schema comes from the type's own `Decodable` conformance, so it uses the same keys the decoder
/// reads, custom `CodingKeys` included:
///
/// ```swift
/// struct Weather: Codable {
///     enum Condition: String, Codable, CaseIterable { case sunny, cloudy, rainy }
///     var city: String
///     var celsius: Double
///     var conditions: [Condition]
///     var humidity: Int?        // optional: not required, or nullable in strict mode
/// }
/// let schema = try JSONSchema.derive(from: Weather.self)
/// ```
///
/// What is supported: structs and classes with synthesized or hand-written `init(from:)`, nested types,
/// arrays and sets, optionals, enums that are `CaseIterable` with `String` or `Int` raw values, numbers,
/// integers, booleans, `Date` (`date-time`), `URL`, `UUID`, `Data` (base64), `[String: Value]`
/// dictionaries and ``JSONValue`` (any JSON). Add descriptions with ``JSONSchemaDescribing``; give a schema
/// by hand with ``JSONSchemaProviding``. Recursive types and enums with associated values need
/// ``JSONSchemaProviding``.
public enum JSONSchema {
    /// Derives the JSON schema of `type`.
    ///
    /// - Parameters:
    ///   - type: The type the JSON must decode into.
    ///   - strict: Whether to produce a schema for strict mode: every object lists all its properties as
    ///     required, with optional ones accepting `null`, and sets `additionalProperties` to `false`.
    /// - Throws: ``NeosantaraError`` of kind ``NeosantaraError/Kind/invalidRequest`` when the type's
    ///   initializer cannot be walked, saying which type and how to fix it.
    public static func derive<T: Decodable>(from type: T.Type, strict: Bool = true) throws(NeosantaraError) -> JSONValue
    {
        if let provider = T.self as? any JSONSchemaProviding.Type {
            return provider.jsonSchema
        }
        do {
            return try SchemaDeriver(strict: strict).derive(type, codingPath: []).schema
        } catch let failure as SchemaDeriver.Failure {
            throw NeosantaraError(
                kind: .invalidRequest, message: "no JSON schema for `\(T.self)`: \(failure.message)",
                parameter: "schema")
        } catch {
            throw NeosantaraError(
                kind: .invalidRequest, message: "no JSON schema for `\(T.self)`: \(error)", parameter: "schema")
        }
    }

    /// A name for `type`'s schema: its name with characters other than letters, digits, `_` and `-` replaced.
    static func name<T>(of type: T.Type) -> String {
        let name = String(describing: T.self).map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" }
        return String(String(name).prefix(64))
    }
}

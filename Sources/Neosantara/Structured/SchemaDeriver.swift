/// Derives JSON schemas from `Decodable` types by running their `init(from:)` against a ``SchemaDecoder``.
///
/// Leaves (strings, numbers, booleans, dates, URLs, UUIDs, data, ``JSONValue``) have fixed schemas; enums
/// that are `CaseIterable` with `String` or `Int` raw values list their cases; dictionaries with `String`
/// keys are objects with `additionalProperties`; everything else is walked.
final class SchemaDeriver {
    /// Why a type has no derivable schema.
    struct Failure: Error {
        var message: String
    }

    let strict: Bool
    private var typesBeingWalked: [ObjectIdentifier] = []

    init(strict: Bool) {
        self.strict = strict
    }

    /// The schema of `type`, and a sample value the caller can hand back to the initializer that asked.
    func derive<T: Decodable>(_ type: T.Type, codingPath: [any CodingKey]) throws -> (schema: JSONValue, sample: T) {
        if let leaf = T.self as? any SchemaLeaf.Type {
            return (leaf.leafSchema, leaf.sample as! T)
        }
        if let enumeration = T.self as? any CaseIterable.Type, let (schema, sample) = Self.enumSchema(enumeration) {
            return (describe(schema, type), sample as! T)
        }
        if let dictionary = T.self as? any StringKeyedDictionary.Type {
            let values = try dictionary.valueSchema(self, codingPath: codingPath)
            return (["type": "object", "additionalProperties": values], dictionary.empty as! T)
        }
        if let provider = T.self as? any JSONSchemaProviding.Type {
            let (_, sample) = try walk(type, codingPath: codingPath)
            return (provider.jsonSchema, sample)
        }
        let (schema, sample) = try walk(type, codingPath: codingPath)
        return (describe(schema, type), sample)
    }

    /// Runs `type`'s initializer against a recording decoder.
    private func walk<T: Decodable>(_ type: T.Type, codingPath: [any CodingKey]) throws -> (JSONValue, T) {
        let identifier = ObjectIdentifier(type)
        guard !typesBeingWalked.contains(identifier) else {
            throw Failure(
                message: "`\(T.self)` contains itself\(Self.location(codingPath)); recursive types have no derived "
                    + "schema, conform the type to JSONSchemaProviding")
        }
        typesBeingWalked.append(identifier)
        defer { typesBeingWalked.removeLast() }
        let node = SchemaNode()
        let sample: T
        do {
            sample = try T(from: SchemaDecoder(node: node, deriver: self, codingPath: codingPath))
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(
                message:
                    "the init(from:) of `\(T.self)`\(Self.location(codingPath)) rejected a sample value (\(error)); "
                    + "an enum needs CaseIterable with String or Int raw values, other types can conform to "
                    + "JSONSchemaProviding")
        }
        return (node.render(strict: strict), sample)
    }

    /// Adds the descriptions of a ``JSONSchemaDescribing`` type.
    private func describe<T>(_ schema: JSONValue, _ type: T.Type) -> JSONValue {
        guard let described = T.self as? any JSONSchemaDescribing.Type, var object = schema.objectValue else {
            return schema
        }
        if let description = described.schemaDescription {
            object["description"] = .string(description)
        }
        if var properties = object["properties"]?.objectValue {
            for (name, description) in described.propertyDescriptions {
                guard var property = properties[name]?.objectValue else { continue }
                property["description"] = .string(description)
                properties[name] = .object(property)
            }
            object["properties"] = .object(properties)
        }
        return .object(object)
    }

    /// The schema and first case of an enum whose cases have `String` or `Int` raw values.
    private static func enumSchema(_ type: any CaseIterable.Type) -> (JSONValue, Any)? {
        let cases = allCases(of: type)
        guard let first = cases.first else { return nil }
        let rawValues = cases.compactMap { ($0 as? any RawRepresentable)?.rawValue }
        if let strings = rawValues as? [String], strings.count == cases.count {
            return (["type": "string", "enum": .array(strings.map(JSONValue.string))], first)
        }
        if let integers = rawValues as? [Int], integers.count == cases.count {
            return (["type": "integer", "enum": .array(integers.map(JSONValue.int))], first)
        }
        return nil
    }

    private static func allCases<Enumeration: CaseIterable>(of type: Enumeration.Type) -> [Any] {
        Enumeration.allCases.map { $0 as Any }
    }

    private static func location(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "" : " at `\(codingPath.map(\.stringValue).joined(separator: "."))`"
    }
}

/// A dictionary with `String` keys, whose schema is an object with `additionalProperties`.
protocol StringKeyedDictionary {
    static func valueSchema(_ deriver: SchemaDeriver, codingPath: [any CodingKey]) throws -> JSONValue
    static var empty: Self { get }
}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Decodable {
    static func valueSchema(_ deriver: SchemaDeriver, codingPath: [any CodingKey]) throws -> JSONValue {
        try deriver.derive(Value.self, codingPath: codingPath).schema
    }

    static var empty: Self { [:] }
}

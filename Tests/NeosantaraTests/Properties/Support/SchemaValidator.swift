import Foundation

@testable import Neosantara

/// A JSON Schema validator for the subset of keywords ``JSONSchema/derive(from:strict:)`` emits.
///
/// A keyword it does not know is reported as a violation rather than ignored, so that a schema the deriver
/// starts to emit cannot pass unchecked.
enum SchemaValidator {
    /// The keywords this validator checks; `description` only annotates.
    static let keywords: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "anyOf", "format", "minimum",
        "contentEncoding", "description",
    ]

    /// Where and why `value` does not satisfy `schema`; empty when it does.
    static func violations(of value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        guard let rules = schema.objectValue else { return ["\(path): the schema is not an object: \(schema)"] }
        var found = rules.keys.filter { !keywords.contains($0) }.map { "\(path): unknown keyword `\($0)`" }
        if let branches = rules["anyOf"]?.arrayValue,
            !branches.contains(where: { violations(of: value, against: $0, at: path).isEmpty })
        {
            found.append("\(path): \(value) matches no branch of anyOf")
        }
        if let allowed = rules["enum"]?.arrayValue, !allowed.contains(where: { sameJSON($0, value) }) {
            found.append("\(path): \(value) is not one of \(allowed)")
        }
        if let type = rules["type"] {
            let types = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !types.contains(where: { matches(value, type: $0) }) {
                found.append("\(path): \(value) is not of type \(type)")
            }
        }
        if let minimum = rules["minimum"]?.doubleValue, let number = value.doubleValue, number < minimum {
            found.append("\(path): \(number) is below the minimum \(minimum)")
        }
        if let text = value.stringValue {
            found += formatViolations(text, rules, at: path)
        }
        if let members = value.objectValue {
            found += objectViolations(members, rules, at: path)
        }
        if let elements = value.arrayValue, let items = rules["items"] {
            for (index, element) in elements.enumerated() {
                found += violations(of: element, against: items, at: "\(path)[\(index)]")
            }
        }
        return found
    }

    /// `value` with `null` written for every property the schema lists that `value` leaves out: what a
    /// model answering in strict mode, where every property is required, sends for an absent optional.
    static func withExplicitNulls(_ value: JSONValue, schema: JSONValue) -> JSONValue {
        let branch = schema["anyOf"]?.arrayValue?.first { $0["type"] != "null" } ?? schema
        switch value {
        case .object(var members):
            let properties = branch["properties"]?.objectValue ?? [:]
            for (name, propertySchema) in properties {
                members[name] = members[name].map { withExplicitNulls($0, schema: propertySchema) } ?? .null
            }
            if let additional = branch["additionalProperties"], additional.objectValue != nil {
                for (name, member) in members where properties[name] == nil {
                    members[name] = withExplicitNulls(member, schema: additional)
                }
            }
            return .object(members)
        case .array(let elements):
            let items = branch["items"] ?? [:]
            return .array(elements.map { withExplicitNulls($0, schema: items) })
        default:
            return value
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
            ("integer", .int), ("number", .int), ("number", .double):
            true
        case ("integer", .double(let number)):
            number.rounded() == number
        default:
            false
        }
    }

    /// Whether two JSON values are equal, counting `1` and `1.0` as one number as JSON does.
    private static func sameJSON(_ first: JSONValue, _ second: JSONValue) -> Bool {
        if let first = first.doubleValue, let second = second.doubleValue { return first == second }
        return first == second
    }

    private static func formatViolations(_ text: String, _ rules: [String: JSONValue], at path: String) -> [String] {
        var found: [String] = []
        switch rules["format"]?.stringValue {
        case "date-time" where ISO8601Date.parse(text) == nil: found.append("\(path): `\(text)` is not a date-time")
        case "uri" where URL(string: text)?.scheme == nil: found.append("\(path): `\(text)` is not a URI")
        case "uuid" where UUID(uuidString: text) == nil: found.append("\(path): `\(text)` is not a UUID")
        case nil, "date-time", "uri", "uuid": break
        case let other?: found.append("\(path): unknown format `\(other)`")
        }
        if let encoding = rules["contentEncoding"]?.stringValue {
            if encoding != "base64" {
                found.append("\(path): unknown content encoding `\(encoding)`")
            } else if Data(base64Encoded: text) == nil {
                found.append("\(path): `\(text)` is not base64")
            }
        }
        return found
    }

    private static func objectViolations(_ members: [String: JSONValue], _ rules: [String: JSONValue], at path: String)
        -> [String]
    {
        var found: [String] = []
        let properties = rules["properties"]?.objectValue ?? [:]
        for name in rules["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
            found.append("\(path): the required property `\(name)` is missing")
        }
        for (name, member) in members {
            if let schema = properties[name] {
                found += violations(of: member, against: schema, at: "\(path).\(name)")
            } else if rules["additionalProperties"] == false {
                found.append("\(path): the property `\(name)` is not allowed")
            } else if let additional = rules["additionalProperties"], additional.objectValue != nil {
                found += violations(of: member, against: additional, at: "\(path).\(name)")
            }
        }
        return found
    }
}

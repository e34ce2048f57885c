import Foundation
import Neosantara

/// Builds a small JSON value that is valid under a JSON schema: the arguments of a default tool call.
///
/// For each schema it takes, in order: `const`; the first of `enum`; `default`; the first of `examples`;
/// the first alternative of `anyOf`/`oneOf`; the merged `allOf`; and otherwise a value of the first
/// non-null `type`: an object with only the `required` properties, an array of `minItems` items,
/// `"example"` (or a value of the `format`, padded or cut to `minLength`/`maxLength`), the number closest to
/// 0 within the bounds, `false`, or `null`. `$ref`s to `#/$defs/…` and `#/definitions/…` are followed.
struct SchemaInstanceGenerator {
    /// The whole schema, against which `$ref`s resolve.
    let root: JSONValue

    private static let maximumDepth = 32

    /// A value valid under the root schema.
    func instance() -> JSONValue {
        instance(for: root, depth: 0)
    }

    private func instance(for schema: JSONValue, depth: Int) -> JSONValue {
        guard depth < Self.maximumDepth, let members = schema.objectValue else { return .null }
        if let reference = members["$ref"]?.stringValue, let target = resolve(reference) {
            return instance(for: target, depth: depth + 1)
        }
        if let value = members["const"] { return value }
        if let value = members["enum"]?.arrayValue?.first { return value }
        if let value = members["default"] { return value }
        if let value = members["examples"]?.arrayValue?.first { return value }
        if let alternatives = (members["anyOf"] ?? members["oneOf"])?.arrayValue, !alternatives.isEmpty {
            let preferred = alternatives.first { $0["type"]?.stringValue != "null" } ?? alternatives[0]
            return instance(for: preferred, depth: depth + 1)
        }
        if let parts = members["allOf"]?.arrayValue {
            return instance(for: merged(members, parts), depth: depth + 1)
        }
        switch type(of: members) {
        case "object": return object(members, depth: depth)
        case "array": return array(members, depth: depth)
        case "string": return .string(string(members))
        case "integer": return .int(integer(members))
        case "number": return number(members)
        case "boolean": return .bool(false)
        default: return .null
        }
    }

    /// The first non-null type, or one inferred from the keywords present.
    private func type(of members: [String: JSONValue]) -> String {
        if let type = members["type"]?.stringValue { return type }
        if let types = members["type"]?.arrayValue?.compactMap(\.stringValue), !types.isEmpty {
            return types.first { $0 != "null" } ?? "null"
        }
        if members["properties"] != nil || members["required"] != nil { return "object" }
        if members["items"] != nil || members["prefixItems"] != nil { return "array" }
        return "null"
    }

    private func object(_ members: [String: JSONValue], depth: Int) -> JSONValue {
        let properties = members["properties"]?.objectValue ?? [:]
        let required = members["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        var result: [String: JSONValue] = [:]
        for name in required {
            result[name] = instance(for: properties[name] ?? [:], depth: depth + 1)
        }
        return .object(result)
    }

    private func array(_ members: [String: JSONValue], depth: Int) -> JSONValue {
        let count = max(0, members["minItems"]?.intValue ?? 0)
        let prefix = members["prefixItems"]?.arrayValue ?? []
        let items = members["items"] ?? [:]
        return .array(
            (0..<count).map { index in
                instance(for: index < prefix.count ? prefix[index] : items, depth: depth + 1)
            })
    }

    private func string(_ members: [String: JSONValue]) -> String {
        var text =
            switch members["format"]?.stringValue {
            case "date-time": "2025-01-01T00:00:00Z"
            case "date": "2025-01-01"
            case "time": "00:00:00Z"
            case "email": "user@example.com"
            case "uri", "url": "https://example.com"
            case "uuid": "00000000-0000-0000-0000-000000000000"
            case "ipv4": "127.0.0.1"
            default: "example"
            }
        if let minimum = members["minLength"]?.intValue, text.count < minimum {
            text += String(repeating: "x", count: minimum - text.count)
        }
        if let maximum = members["maxLength"]?.intValue, text.count > maximum {
            text = String(text.prefix(max(0, maximum)))
        }
        return text
    }

    private func integer(_ members: [String: JSONValue]) -> Int {
        let bounds = self.bounds(members)
        var lower = bounds.lower.map { Int(($0.exclusive ? $0.value + 1 : $0.value).rounded(.up)) }
        var upper = bounds.upper.map { Int(($0.exclusive ? $0.value - 1 : $0.value).rounded(.down)) }
        if let step = members["multipleOf"]?.intValue, step > 0 {
            lower = lower.map { Int((Double($0) / Double(step)).rounded(.up)) * step }
            upper = upper.map { Int((Double($0) / Double(step)).rounded(.down)) * step }
        }
        return min(max(0, lower ?? 0), upper ?? Int.max)
    }

    private func number(_ members: [String: JSONValue]) -> JSONValue {
        let bounds = self.bounds(members)
        var value = 0.0
        if let lower = bounds.lower, lower.exclusive ? value <= lower.value : value < lower.value {
            value = lower.exclusive ? lower.value + 1 : lower.value
        }
        if let upper = bounds.upper, upper.exclusive ? value >= upper.value : value > upper.value {
            value = upper.exclusive ? upper.value - 1 : upper.value
        }
        if let lower = bounds.lower, let upper = bounds.upper, value < lower.value || value > upper.value {
            value = (lower.value + upper.value) / 2
        }
        return Int(exactly: value).map(JSONValue.int) ?? .double(value)
    }

    /// The bounds of a number, draft 4 (Boolean `exclusiveMinimum`) and later (numeric) alike.
    private func bounds(_ members: [String: JSONValue]) -> (
        lower: (value: Double, exclusive: Bool)?, upper: (value: Double, exclusive: Bool)?
    ) {
        func bound(_ inclusiveKey: String, _ exclusiveKey: String) -> (value: Double, exclusive: Bool)? {
            if let value = members[exclusiveKey]?.doubleValue { return (value, true) }
            guard let value = members[inclusiveKey]?.doubleValue else { return nil }
            return (value, members[exclusiveKey]?.boolValue == true)
        }
        return (bound("minimum", "exclusiveMinimum"), bound("maximum", "exclusiveMaximum"))
    }

    /// One object schema from the parts of an `allOf`: properties merged, required names joined.
    private func merged(_ members: [String: JSONValue], _ parts: [JSONValue]) -> JSONValue {
        var result = members
        result["allOf"] = nil
        var properties = members["properties"]?.objectValue ?? [:]
        var required = members["required"]?.arrayValue ?? []
        for part in parts {
            let part = part["$ref"]?.stringValue.flatMap(resolve) ?? part
            for (key, value) in part.objectValue ?? [:] where key != "properties" && key != "required" {
                result[key] = result[key] ?? value
            }
            properties.merge(part["properties"]?.objectValue ?? [:]) { first, _ in first }
            required += part["required"]?.arrayValue ?? []
        }
        if !properties.isEmpty { result["properties"] = .object(properties) }
        if !required.isEmpty { result["required"] = .array(required) }
        return .object(result)
    }

    /// The schema a local `$ref` points to.
    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return reference == "#" ? root : nil }
        var current: JSONValue? = root
        for component in reference.dropFirst(2).split(separator: "/") {
            let key = component.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            current = current?[key]
        }
        return current
    }
}

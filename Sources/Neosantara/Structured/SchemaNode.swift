/// What a schema walk learned about one value: an object's properties, an array's items, or a fixed schema.
final class SchemaNode {
    /// One property of an object.
    struct Property {
        var name: String
        var schema: JSONValue
        var isOptional: Bool
    }

    private enum Shape {
        case unknown
        case object
        case array
        case value(JSONValue)
    }

    private var shape = Shape.unknown
    private var properties: [Property] = []
    private var optionalKeys: Set<String> = []
    private var nestedProperties: [(name: String, node: SchemaNode)] = []
    private var items: JSONValue?
    private var nestedItems: SchemaNode?
    /// Whether the value may be `null`.
    var isNullable = false

    func becomeObject() {
        if case .unknown = shape { shape = .object }
    }

    func becomeArray() {
        if case .unknown = shape { shape = .array }
    }

    func setValue(_ schema: JSONValue) {
        shape = .value(schema)
    }

    /// Notes that the next value decoded for `key` may be absent (`decodeIfPresent` asks `decodeNil` first).
    func markOptional(_ key: String) {
        optionalKeys.insert(key)
    }

    func addProperty(_ name: String, schema: JSONValue) {
        properties.removeAll { $0.name == name }
        properties.append(Property(name: name, schema: schema, isOptional: optionalKeys.contains(name)))
    }

    /// A property whose value the type decodes through a nested container.
    func nestedProperty(_ name: String) -> SchemaNode {
        let node = SchemaNode()
        nestedProperties.append((name, node))
        properties.removeAll { $0.name == name }
        properties.append(Property(name: name, schema: [:], isOptional: optionalKeys.contains(name)))
        return node
    }

    func setItems(_ schema: JSONValue) {
        items = schema
    }

    /// Array items the type decodes through a nested container.
    func nestedItemsNode() -> SchemaNode {
        let node = SchemaNode()
        nestedItems = node
        return node
    }

    /// The JSON schema: in strict mode every object lists all its properties as required (optional ones
    /// accept `null`) and allows no others.
    func render(strict: Bool) -> JSONValue {
        let schema: JSONValue
        switch shape {
        case .unknown, .object:
            schema = renderObject(strict: strict)
        case .array:
            schema = ["type": "array", "items": nestedItems?.render(strict: strict) ?? items ?? [:]]
        case .value(let value):
            schema = value
        }
        return isNullable ? Self.nullable(schema) : schema
    }

    private func renderObject(strict: Bool) -> JSONValue {
        var rendered: [String: JSONValue] = [:]
        var required: [JSONValue] = []
        for property in properties {
            var schema =
                nestedProperties.last { $0.name == property.name }?.node.render(strict: strict) ?? property.schema
            if property.isOptional {
                if strict {
                    schema = Self.nullable(schema)
                    required.append(.string(property.name))
                }
            } else {
                required.append(.string(property.name))
            }
            rendered[property.name] = schema
        }
        var object: [String: JSONValue] = [
            "type": "object", "properties": .object(rendered), "required": .array(required),
        ]
        if strict {
            object["additionalProperties"] = false
        }
        return .object(object)
    }

    /// `schema`, also accepting `null`.
    static func nullable(_ schema: JSONValue) -> JSONValue {
        guard var object = schema.objectValue else { return schema }
        switch object["type"] {
        case .string(let type)? where type != "object":
            object["type"] = [.string(type), "null"]
            if case .array(var values)? = object["enum"] {
                values.append(.null)
                object["enum"] = .array(values)
            }
            return .object(object)
        case .array(let types)? where types.contains("null"):
            return schema
        case .array(let types)?:
            object["type"] = .array(types + ["null"])
            return .object(object)
        default:
            if object.isEmpty { return schema }
            let description = object.removeValue(forKey: "description")
            var wrapper: [String: JSONValue] = ["anyOf": [.object(object), ["type": "null"]]]
            wrapper["description"] = description
            return .object(wrapper)
        }
    }
}

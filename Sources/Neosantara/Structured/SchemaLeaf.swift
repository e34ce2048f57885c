import Foundation

/// A type whose JSON schema is fixed, with a value the schema walk can hand to the type being derived.
protocol SchemaLeaf {
    /// The type's JSON schema.
    static var leafSchema: JSONValue { get }
    /// Any valid value of the type.
    static var sample: Self { get }
}

extension String: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "string"] }
    static var sample: String { "" }
}

extension Bool: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "boolean"] }
    static var sample: Bool { false }
}

extension Double: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "number"] }
    static var sample: Double { 0 }
}

extension Float: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "number"] }
    static var sample: Float { 0 }
}

extension Decimal: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "number"] }
    static var sample: Decimal { 0 }
}

extension Int: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer"] }
    static var sample: Int { 0 }
}

extension Int8: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer"] }
    static var sample: Int8 { 0 }
}

extension Int16: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer"] }
    static var sample: Int16 { 0 }
}

extension Int32: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer"] }
    static var sample: Int32 { 0 }
}

extension Int64: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer"] }
    static var sample: Int64 { 0 }
}

extension UInt: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer", "minimum": 0] }
    static var sample: UInt { 0 }
}

extension UInt8: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer", "minimum": 0] }
    static var sample: UInt8 { 0 }
}

extension UInt16: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer", "minimum": 0] }
    static var sample: UInt16 { 0 }
}

extension UInt32: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer", "minimum": 0] }
    static var sample: UInt32 { 0 }
}

extension UInt64: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "integer", "minimum": 0] }
    static var sample: UInt64 { 0 }
}

extension Date: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "string", "format": "date-time"] }
    static var sample: Date { Date(timeIntervalSince1970: 0) }
}

extension URL: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "string", "format": "uri"] }
    static var sample: URL { URL(string: "https://example.com")! }
}

extension UUID: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "string", "format": "uuid"] }
    static var sample: UUID { UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) }
}

extension Data: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "string", "contentEncoding": "base64"] }
    static var sample: Data { Data() }
}

extension JSONValue: SchemaLeaf {
    static var leafSchema: JSONValue { [:] }
    static var sample: JSONValue { .null }
}

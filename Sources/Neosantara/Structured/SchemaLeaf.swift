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

extension SchemaLeaf where Self: BinaryFloatingPoint {
    static var leafSchema: JSONValue { ["type": "number"] }
    static var sample: Self { 0 }
}

extension SchemaLeaf where Self: FixedWidthInteger & SignedInteger {
    static var leafSchema: JSONValue { ["type": "integer"] }
    static var sample: Self { 0 }
}

extension SchemaLeaf where Self: FixedWidthInteger & UnsignedInteger {
    static var leafSchema: JSONValue { ["type": "integer", "minimum": 0] }
    static var sample: Self { 0 }
}

extension Double: SchemaLeaf {}
extension Float: SchemaLeaf {}
extension Int: SchemaLeaf {}
extension Int8: SchemaLeaf {}
extension Int16: SchemaLeaf {}
extension Int32: SchemaLeaf {}
extension Int64: SchemaLeaf {}
extension UInt: SchemaLeaf {}
extension UInt8: SchemaLeaf {}
extension UInt16: SchemaLeaf {}
extension UInt32: SchemaLeaf {}
extension UInt64: SchemaLeaf {}

extension Decimal: SchemaLeaf {
    static var leafSchema: JSONValue { ["type": "number"] }
    static var sample: Decimal { 0 }
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

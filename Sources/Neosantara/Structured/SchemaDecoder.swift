/// A `Decoder` that records what a type's `init(from:)` asks for, instead of reading data.
///
/// Each request for a value is answered with a sample of that type (from ``SchemaDeriver``), so the
/// initializer runs to its end and the ``SchemaNode`` ends up describing the type's encoded shape.
struct SchemaDecoder: Decoder {
    let node: SchemaNode
    let deriver: SchemaDeriver
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        node.becomeObject()
        return KeyedDecodingContainer(KeyedContainer<Key>(node: node, deriver: deriver, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        node.becomeArray()
        return UnkeyedContainer(node: node, deriver: deriver, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(node: node, deriver: deriver, codingPath: codingPath)
    }
}

extension SchemaDecoder {
    /// Records each key the type decodes as a property of an object.
    private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let node: SchemaNode
        let deriver: SchemaDeriver
        let codingPath: [any CodingKey]
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool { true }

        func decodeNil(forKey key: Key) throws -> Bool {
            node.markOptional(key.stringValue)
            return false
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try record(type, forKey: key) }

        private func record<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let (schema, sample) = try deriver.derive(type, codingPath: codingPath + [key])
            node.addProperty(key.stringValue, schema: schema)
            return sample
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try record(type, forKey: key) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try record(type, forKey: key) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try record(type, forKey: key) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try record(type, forKey: key) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try record(type, forKey: key) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try record(type, forKey: key) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try record(type, forKey: key) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try record(type, forKey: key) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try record(type, forKey: key) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try record(type, forKey: key) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try record(type, forKey: key) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try record(type, forKey: key) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try record(type, forKey: key) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try record(type, forKey: key) }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            let child = node.nestedProperty(key.stringValue)
            child.becomeObject()
            return KeyedDecodingContainer(
                KeyedContainer<NestedKey>(node: child, deriver: deriver, codingPath: codingPath + [key]))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            let child = node.nestedProperty(key.stringValue)
            child.becomeArray()
            return UnkeyedContainer(node: child, deriver: deriver, codingPath: codingPath + [key])
        }

        func superDecoder() throws -> any Decoder {
            SchemaDecoder(node: node, deriver: deriver, codingPath: codingPath)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            SchemaDecoder(node: node.nestedProperty(key.stringValue), deriver: deriver, codingPath: codingPath + [key])
        }
    }

    /// Records the element type of an array; it claims to hold exactly one element.
    private struct UnkeyedContainer: UnkeyedDecodingContainer {
        let node: SchemaNode
        let deriver: SchemaDeriver
        let codingPath: [any CodingKey]
        var count: Int? { nil }
        var isAtEnd: Bool { currentIndex > 0 }
        private(set) var currentIndex = 0

        init(node: SchemaNode, deriver: SchemaDeriver, codingPath: [any CodingKey]) {
            self.node = node
            self.deriver = deriver
            self.codingPath = codingPath
        }

        mutating func decodeNil() throws -> Bool { false }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try record(type) }

        private mutating func record<T: Decodable>(_ type: T.Type) throws -> T {
            let (schema, sample) = try deriver.derive(type, codingPath: codingPath + [IndexKey(intValue: 0)])
            node.setItems(schema)
            currentIndex += 1
            return sample
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try record(type) }
        mutating func decode(_ type: String.Type) throws -> String { try record(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try record(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try record(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try record(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try record(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try record(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try record(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try record(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try record(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try record(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try record(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try record(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try record(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws -> KeyedDecodingContainer<NestedKey> {
            let child = node.nestedItemsNode()
            child.becomeObject()
            currentIndex += 1
            return KeyedDecodingContainer(
                KeyedContainer<NestedKey>(
                    node: child, deriver: deriver, codingPath: codingPath + [IndexKey(intValue: 0)]))
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let child = node.nestedItemsNode()
            child.becomeArray()
            currentIndex += 1
            return UnkeyedContainer(node: child, deriver: deriver, codingPath: codingPath + [IndexKey(intValue: 0)])
        }

        mutating func superDecoder() throws -> any Decoder {
            currentIndex += 1
            return SchemaDecoder(node: node.nestedItemsNode(), deriver: deriver, codingPath: codingPath)
        }
    }

    /// Records a single value: its type, and whether it may be `null`.
    private struct SingleValueContainer: SingleValueDecodingContainer {
        let node: SchemaNode
        let deriver: SchemaDeriver
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool {
            node.isNullable = true
            return false
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try record(type) }

        private func record<T: Decodable>(_ type: T.Type) throws -> T {
            let (schema, sample) = try deriver.derive(type, codingPath: codingPath)
            node.setValue(schema)
            return sample
        }

        func decode(_ type: Bool.Type) throws -> Bool { try record(type) }
        func decode(_ type: String.Type) throws -> String { try record(type) }
        func decode(_ type: Double.Type) throws -> Double { try record(type) }
        func decode(_ type: Float.Type) throws -> Float { try record(type) }
        func decode(_ type: Int.Type) throws -> Int { try record(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try record(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try record(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try record(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try record(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try record(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try record(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try record(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try record(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try record(type) }
    }

    /// The coding key of an array element.
    private struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }
}

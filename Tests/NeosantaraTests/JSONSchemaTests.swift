import Foundation
import Neosantara
import Testing

@Suite("JSON schemas from Swift types")
struct JSONSchemaTests {
    struct Weather: Codable, JSONSchemaDescribing {
        enum Condition: String, Codable, CaseIterable { case sunny, cloudy, rainy }

        var city: String
        var celsius: Double
        var conditions: [Condition]
        var humidity: Int?

        static let schemaDescription: String? = "Weather in one city"
        static let propertyDescriptions = ["celsius": "Degrees Celsius", "humidity": "Percent"]
    }

    @Test("A struct with an enum, an array and an optional, in strict mode")
    func strictStruct() throws {
        let schema = try JSONSchema.derive(from: Weather.self)
        let expected: JSONValue = [
            "type": "object",
            "description": "Weather in one city",
            "properties": [
                "city": ["type": "string"],
                "celsius": ["type": "number", "description": "Degrees Celsius"],
                "conditions": ["type": "array", "items": ["type": "string", "enum": ["sunny", "cloudy", "rainy"]]],
                "humidity": ["type": ["integer", "null"], "description": "Percent"],
            ],
            "required": ["city", "celsius", "conditions", "humidity"],
            "additionalProperties": false,
        ]
        #expect(schema == expected)
    }

    @Test("Outside strict mode an optional property is not required and other properties are allowed")
    func lenientStruct() throws {
        let schema = try JSONSchema.derive(from: Weather.self, strict: false)
        #expect(schema["required"] == ["city", "celsius", "conditions"])
        #expect(schema["additionalProperties"] == nil)
        #expect(schema["properties"]?["humidity"] == ["type": "integer", "description": "Percent"])
    }

    struct Trip: Codable {
        struct Stop: Codable {
            var name: String
            var arrival: Date
            var website: URL?
        }
        var id: UUID
        var stops: [Stop]
        var tags: Set<String>
        var nights: UInt8
        var ratings: [String: Double]
        var extra: JSONValue
        var priority: Priority?

        enum Priority: Int, Codable, CaseIterable { case low = 1, high = 2 }

        enum CodingKeys: String, CodingKey {
            case id = "trip_id"
            case stops, tags, nights, ratings, extra, priority
        }
    }

    @Test("Nested objects, dates, URLs, UUIDs, sets, dictionaries, integer enums and custom keys")
    func nested() throws {
        let schema = try JSONSchema.derive(from: Trip.self)
        let properties = try #require(schema["properties"])
        #expect(properties["trip_id"] == ["type": "string", "format": "uuid"])
        #expect(
            properties["stops"]?["items"] == [
                "type": "object",
                "properties": [
                    "name": ["type": "string"],
                    "arrival": ["type": "string", "format": "date-time"],
                    "website": ["type": ["string", "null"], "format": "uri"],
                ],
                "required": ["name", "arrival", "website"],
                "additionalProperties": false,
            ])
        #expect(properties["tags"] == ["type": "array", "items": ["type": "string"]])
        #expect(properties["nights"] == ["type": "integer", "minimum": 0])
        #expect(properties["ratings"] == ["type": "object", "additionalProperties": ["type": "number"]])
        #expect(properties["extra"] == [:])
        #expect(properties["priority"] == ["type": ["integer", "null"], "enum": [1, 2, nil]])
        #expect(schema["required"]?.arrayValue?.count == 7)
    }

    struct Wrapper: Codable {
        var inner: Inner?
        struct Inner: Codable { var flag: Bool }
    }

    @Test("An optional object becomes anyOf with null in strict mode")
    func optionalObject() throws {
        let schema = try JSONSchema.derive(from: Wrapper.self)
        #expect(
            schema["properties"]?["inner"] == [
                "anyOf": [
                    [
                        "type": "object", "properties": ["flag": ["type": "boolean"]], "required": ["flag"],
                        "additionalProperties": false,
                    ],
                    ["type": "null"],
                ]
            ])
    }

    struct HandWritten: Decodable {
        var value: Int
        var note: String
        enum CodingKeys: String, CodingKey { case value, note }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            value = try container.decode(Int.self, forKey: .value)
            note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
        }
    }

    @Test("A hand-written init(from:) is walked too; decodeIfPresent makes a property optional")
    func handWritten() throws {
        let schema = try JSONSchema.derive(from: HandWritten.self, strict: false)
        #expect(schema["required"] == ["value"])
        #expect(schema["properties"]?["note"] == ["type": "string"])
    }

    struct Node: Codable {
        var children: [Node]
    }

    enum Mood: String, Codable { case happy, sad }

    struct Diary: Codable { var mood: Mood }

    @Test("Types with no derivable schema fail with an error that says how to fix them")
    func failures() {
        #expect {
            try JSONSchema.derive(from: Node.self)
        } throws: { error in
            let error = error as? NeosantaraError
            return error?.kind == .invalidRequest && error?.message.contains("contains itself") == true
                && error?.message.contains("JSONSchemaProviding") == true
        }
        #expect {
            try JSONSchema.derive(from: Diary.self)
        } throws: { error in
            let message = (error as? NeosantaraError)?.message ?? ""
            return message.contains("`Mood`") && message.contains("at `mood`") && message.contains("CaseIterable")
        }
    }

    struct Custom: Decodable, JSONSchemaProviding {
        static let jsonSchema: JSONValue = ["type": "object", "properties": ["x": ["type": "integer"]]]
        var x: Int
    }

    struct HoldsCustom: Decodable { var custom: Custom }

    @Test("A type can give its own schema, at the top or nested")
    func provided() throws {
        #expect(try JSONSchema.derive(from: Custom.self) == Custom.jsonSchema)
        #expect(try JSONSchema.derive(from: HoldsCustom.self)["properties"]?["custom"] == Custom.jsonSchema)
    }
}

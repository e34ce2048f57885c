import Neosantara
import Testing

@testable import NeosantaraTesting

@Suite("Arguments from a JSON schema")
struct SchemaInstanceGeneratorTests {
    @Test(
        "builds the smallest valid value",
        arguments: [
            (["type": "string"], "example"),
            (["type": "string", "maxLength": 3], "exa"),
            (["type": "string", "format": "date-time"], "2025-01-01T00:00:00Z"),
            (["type": "string", "format": "email"], "user@example.com"),
            (["type": "integer"], 0),
            (["type": "integer", "minimum": 5], 5),
            (["type": "integer", "exclusiveMinimum": 5], 6),
            (["type": "integer", "maximum": -3], -3),
            (["type": "integer", "minimum": 7, "multipleOf": 5], 10),
            (["type": "number", "exclusiveMinimum": 0, "maximum": 0.5], 0.5),
            (["type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.5], 0.25),
            (["type": "number", "minimum": 1.5], 1.5),
            (["type": "number", "minimum": 0, "exclusiveMinimum": true], 1),
            (["type": "boolean"], false),
            (["type": "null"], nil),
            (["type": ["null", "string"]], "example"),
            (["enum": ["a", "b"]], "a"),
            (["const": 42], 42),
            (["type": "string", "default": "id"], "id"),
            (["type": "array", "items": ["type": "integer"], "minItems": 2], [0, 0]),
            (["type": "array"], []),
            (["anyOf": [["type": "null"], ["type": "boolean"]]], false),
        ] as [(JSONValue, JSONValue)])
    func leaf(schema: JSONValue, expected: JSONValue) {
        #expect(SchemaInstanceGenerator(root: schema).instance() == expected)
    }

    @Test("fills only the required properties, following $ref and allOf")
    func objects() {
        let schema: JSONValue = [
            "type": "object",
            "$defs": ["address": ["type": "object", "properties": ["zip": ["type": "string"]], "required": ["zip"]]],
            "properties": [
                "home": ["$ref": "#/$defs/address"],
                "tags": ["type": "array", "items": ["type": "string"]],
                "optional": ["type": "string"],
                "person": [
                    "allOf": [
                        ["type": "object", "properties": ["name": ["type": "string"]], "required": ["name"]],
                        ["properties": ["age": ["type": "integer", "minimum": 18]], "required": ["age"]],
                    ]
                ],
            ],
            "required": ["home", "tags", "person"],
        ]
        #expect(
            SchemaInstanceGenerator(root: schema).instance() == [
                "home": ["zip": "example"], "tags": [], "person": ["name": "example", "age": 18],
            ])
    }

    @Test("stops at a self-referencing schema")
    func recursion() {
        let schema: JSONValue = [
            "type": "object", "properties": ["next": ["$ref": "#"]], "required": ["next"],
        ]
        let value = SchemaInstanceGenerator(root: schema).instance()
        #expect(value["next"]?["next"] != nil)
    }
}

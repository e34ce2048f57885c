/// The format the model must answer in.
public enum ResponseFormat: Hashable, Sendable {
    /// Free text, the default.
    case text
    /// Any valid JSON object.
    case jsonObject
    /// JSON that matches a schema.
    case jsonSchema(JSONSchemaFormat)
    /// Any other format, as the JSON object to send.
    case other(JSONValue)

    /// JSON that matches `schema`.
    ///
    /// - Parameters:
    ///   - name: A name for the schema: letters, digits, underscores and dashes.
    ///   - schema: The JSON schema.
    ///   - description: What the output is for.
    ///   - strict: Whether the model must follow the schema exactly.
    public static func jsonSchema(
        name: String,
        schema: JSONValue,
        description: String? = nil,
        strict: Bool? = nil
    ) -> ResponseFormat {
        .jsonSchema(JSONSchemaFormat(name: name, description: description, schema: schema, strict: strict))
    }

    /// A named JSON schema for structured output.
    public struct JSONSchemaFormat: Codable, Hashable, Sendable {
        /// The schema's name.
        public var name: String
        /// What the output is for.
        public var description: String?
        /// The JSON schema.
        public var schema: JSONValue?
        /// Whether the model must follow the schema exactly.
        public var strict: Bool?

        /// Creates a schema format.
        public init(name: String, description: String? = nil, schema: JSONValue?, strict: Bool? = nil) {
            self.name = name
            self.description = description
            self.schema = schema
            self.strict = strict
        }
    }
}

extension ResponseFormat: Codable {
    private enum CodingKeys: String, CodingKey {
        case type
        case jsonSchema = "json_schema"
    }

    /// Decodes a format by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .type) {
        case "text":
            self = .text
        case "json_object":
            self = .jsonObject
        case "json_schema":
            self = .jsonSchema(try container.decode(JSONSchemaFormat.self, forKey: .jsonSchema))
        default:
            self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the format with its `type`.
    public func encode(to encoder: any Encoder) throws {
        if case .other(let value) = self {
            try value.encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text:
            try container.encode("text", forKey: .type)
        case .jsonObject:
            try container.encode("json_object", forKey: .type)
        case .jsonSchema(let format):
            try container.encode("json_schema", forKey: .type)
            try container.encode(format, forKey: .jsonSchema)
        case .other:
            break
        }
    }
}

/// The format a response's text must take: `text.format` of a Responses request.
///
/// Unlike chat's ``ResponseFormat``, a JSON schema's members sit beside `type`:
/// `{"type":"json_schema","name":"pantun","schema":{…},"strict":true}`.
public enum ResponseTextFormat: Hashable, Sendable {
    /// Free text, the default.
    case text
    /// Any valid JSON object.
    case jsonObject
    /// JSON that matches a schema.
    case jsonSchema(ResponseFormat.JSONSchemaFormat)
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
        name: String, schema: JSONValue, description: String? = nil, strict: Bool? = nil
    ) -> ResponseTextFormat {
        .jsonSchema(.init(name: name, description: description, schema: schema, strict: strict))
    }
}

extension ResponseTextFormat: Codable {
    /// Decodes a format by its `type`; an unknown type is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        switch TypeTag.of(decoder) {
        case "text": self = .text
        case "json_object": self = .jsonObject
        case "json_schema": self = .jsonSchema(try ResponseFormat.JSONSchemaFormat(from: decoder))
        default: self = .other(try JSONValue(from: decoder))
        }
    }

    /// Encodes the format with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text:
            try TypeTag.encode("text", to: encoder)
        case .jsonObject:
            try TypeTag.encode("json_object", to: encoder)
        case .jsonSchema(let format):
            try format.encode(to: encoder)
            try TypeTag.encode("json_schema", to: encoder)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}

/// How ``ChatCompletions/parse(_:as:mode:options:)`` asks the model for JSON.
public enum StructuredOutputMode: Hashable, Sendable {
    /// `response_format` `json_schema` with `strict: true`: the model must follow the schema exactly.
    /// The default.
    case strictJSONSchema
    /// `response_format` `json_schema` without strict mode, for providers that reject strict schemas.
    case jsonSchema
    /// `response_format` `json_object`, with the schema in a system message, for models that support JSON
    /// output but not JSON schemas.
    case jsonObject
}

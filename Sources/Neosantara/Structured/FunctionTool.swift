import Foundation

/// A Swift function the model may call, with typed arguments decoded from the model's JSON.
///
/// ```swift
/// struct WeatherQuery: Codable, Sendable { var city: String }
///
/// let weather = FunctionTool("get_weather", description: "Current weather in a city") { (query: WeatherQuery) in
///     try await weatherService.current(in: query.city)     // any Encodable result, or a String
/// }
/// ```
///
/// The arguments' JSON schema is derived from the argument type (see ``JSONSchema``). A result that is a
/// `String` goes back to the model as it is; any other result is sent as JSON.
public struct FunctionTool: Sendable {
    /// The function's name: letters, digits, underscores and dashes.
    public var name: String
    /// What the function does, for the model to decide when to call it.
    public var description: String?
    /// Whether the model must follow the arguments schema exactly (`strict` function calling).
    public var strict: Bool
    private let parameters: Result<JSONValue, NeosantaraError>
    private let perform: @Sendable (_ arguments: String) async throws -> String

    /// Creates a tool whose result is sent to the model as JSON.
    ///
    /// - Parameters:
    ///   - name: The function's name: letters, digits, underscores and dashes.
    ///   - description: What the function does.
    ///   - strict: Whether to ask for strict function calling; the schema then requires every property.
    ///   - perform: The function; its argument type's schema is sent to the model.
    public init<Arguments: Decodable & Sendable, Output: Encodable & Sendable>(
        _ name: String,
        description: String? = nil,
        strict: Bool = false,
        perform: @escaping @Sendable (Arguments) async throws -> Output
    ) {
        self.init(name, description: description, strict: strict, arguments: Arguments.self) { arguments in
            let output = try await perform(arguments)
            return String(decoding: try Self.resultEncoder.encode(output), as: UTF8.self)
        }
    }

    /// Creates a tool whose result is text.
    ///
    /// - Parameters:
    ///   - name: The function's name: letters, digits, underscores and dashes.
    ///   - description: What the function does.
    ///   - strict: Whether to ask for strict function calling; the schema then requires every property.
    ///   - perform: The function; its argument type's schema is sent to the model.
    public init<Arguments: Decodable & Sendable>(
        _ name: String,
        description: String? = nil,
        strict: Bool = false,
        perform: @escaping @Sendable (Arguments) async throws -> String
    ) {
        self.init(name, description: description, strict: strict, arguments: Arguments.self, run: perform)
    }

    private init<Arguments: Decodable & Sendable>(
        _ name: String,
        description: String?,
        strict: Bool,
        arguments: Arguments.Type,
        run: @escaping @Sendable (Arguments) async throws -> String
    ) {
        self.name = name
        self.description = description
        self.strict = strict
        self.parameters = Result { () throws(NeosantaraError) in try JSONSchema.derive(from: arguments, strict: strict)
        }
        self.perform = { text in
            let arguments: Arguments
            do {
                let json = text.trimmingCharacters(in: .whitespaces).isEmpty ? "{}" : text
                arguments = try StructuredOutput.decoder.decode(Arguments.self, from: Data(json.utf8))
            } catch {
                throw InvalidArguments(reason: Self.reason(error))
            }
            return try await run(arguments)
        }
    }

    /// The tool as the request's `tools` entry.
    ///
    /// - Throws: ``NeosantaraError`` of kind ``NeosantaraError/Kind/invalidRequest`` when the argument
    ///   type has no derivable schema.
    public func definition() throws(NeosantaraError) -> Tool {
        .function(name: name, description: description, parameters: try parameters.get(), strict: strict ? true : nil)
    }

    /// Runs the function with the model's arguments and returns the text to send back.
    ///
    /// - Throws: ``InvalidArguments`` when the arguments do not decode, or whatever the function throws.
    func call(arguments: String) async throws -> String {
        try await perform(arguments)
    }

    /// The model's arguments did not decode as the tool's argument type.
    struct InvalidArguments: Error {
        var reason: String
    }

    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let (path, reason) = ErrorDecoder.describe(error)
        return "at \(path): \(reason)"
    }

    private static let resultEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
}

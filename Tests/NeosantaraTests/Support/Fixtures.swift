import Foundation
@testable import Neosantara

/// API data copied from the reference folder into the test bundle.
enum Fixtures {
    /// The bytes of `Fixtures/<name>`.
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
            throw FixtureError.missing(name)
        }
        return try Data(contentsOf: url)
    }

    /// The names of the files in `Fixtures/examples`.
    static func exampleNames() throws -> [String] {
        guard let folder = Bundle.module.url(forResource: "Fixtures/examples", withExtension: nil) else {
            throw FixtureError.missing("examples")
        }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// `Fixtures/<name>` parsed as JSON.
    static func json(_ name: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data(name))
    }

    enum FixtureError: Error {
        case missing(String)
    }
}

/// The JSON a value encodes to, for structural comparison.
func encodedJSON(_ value: some Encodable) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
}

/// Decodes `type` from a JSON value.
func decode<Value: Decodable>(_ type: Value.Type, from json: JSONValue) throws -> Value {
    try JSONDecoder().decode(type, from: JSONEncoder().encode(json))
}

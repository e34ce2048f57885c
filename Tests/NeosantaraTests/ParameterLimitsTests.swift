import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// The SDK and the test server apply every limit of ``ParameterLimits`` the same way: both accept a value at
/// each edge, and both refuse one just past it, naming the parameter.
@Suite("Parameter limits")
struct ParameterLimitsTests {
    /// One value for one limited parameter.
    struct Case: Sendable, CustomTestStringConvertible {
        var parameter: String
        var value: JSONValue
        var accepted: Bool
        var testDescription: String { "\(parameter) = \(value)\(accepted ? "" : ", out of range")" }
    }

    /// The edges of every limit in the table and the values just past them, found by walking the table, so
    /// that a limit added to it is tested without being named here.
    static let cases: [Case] = Mirror(reflecting: ParameterLimits.api).children.flatMap { child -> [Case] in
        switch child.value {
        case let limit as ParameterLimit<Double>: edges(of: limit, step: 0.5, JSONValue.double)
        case let limit as ParameterLimit<Int>: edges(of: limit, step: 1, JSONValue.int)
        default: [Case(parameter: child.label ?? "?", value: .null, accepted: false)]
        }
    }

    static func edges<Value: Numeric>(
        of limit: ParameterLimit<Value>,
        step: Value,
        _ json: (Value) -> JSONValue
    ) -> [Case] {
        var cases = [
            Case(parameter: limit.parameter, value: json(limit.minimum), accepted: true),
            Case(parameter: limit.parameter, value: json(limit.minimum - step), accepted: false),
        ]
        if let maximum = limit.maximum {
            cases.append(Case(parameter: limit.parameter, value: json(maximum), accepted: true))
            cases.append(Case(parameter: limit.parameter, value: json(maximum + step), accepted: false))
        }
        return cases
    }

    @Test("The SDK and the test server accept the edges of a limit and refuse what lies past them", arguments: cases)
    func limit(_ testCase: Case) async throws {
        try #require(testCase.value != .null, "`\(testCase.parameter)` is a limit of a type this test does not know")
        let member = Self.member(testCase.parameter, testCase.value)
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            guard !testCase.accepted else {
                try await Self.send(member, checked: true, with: client)
                #expect(server.requests.count == 1)
                return
            }
            let sdkError = await expectError { try await Self.send(member, checked: true, with: client) }
            #expect(sdkError?.kind == .invalidRequest)
            #expect(sdkError?.parameter == Self.sdkParameter(testCase.parameter))
            #expect(server.requests.isEmpty, "the SDK refuses before sending")

            let serverError = await expectError { try await Self.send(member, checked: false, with: client) }
            #expect(serverError?.kind == .badRequest)
            #expect(serverError?.status == 400)
            #expect(serverError?.parameter == testCase.parameter)
            #expect(serverError?.apiError?.message.hasPrefix("`\(Self.sdkParameter(testCase.parameter))`") == true)
        }
    }

    /// The parameter the SDK names: for a map, the entry the test sets.
    static func sdkParameter(_ parameter: String) -> String {
        parameter == ParameterLimits.api.logitBias.parameter ? parameter + "[50256]" : parameter
    }

    /// The top-level member that sets `parameter` to `value`: an entry of the map `logit_bias` is, nested
    /// objects for a dotted parameter.
    static func member(_ parameter: String, _ value: JSONValue) -> (key: String, value: JSONValue) {
        let path = parameter.split(separator: ".").map(String.init)
        let leaf: JSONValue = parameter == ParameterLimits.api.logitBias.parameter ? ["50256": value] : value
        return (path[0], path.dropFirst().reversed().reduce(leaf) { .object([$1: $0]) })
    }

    /// Sends the request the member belongs to, with it set: through the SDK's validation when `checked`,
    /// else in the extra body, past it.
    static func send(
        _ member: (key: String, value: JSONValue),
        checked: Bool,
        with client: NeosantaraClient
    ) async throws {
        if ChatCompletionsRequest.knownKeys.contains(member.key) {
            let base: [String: JSONValue] = [
                "model": "nusantara-base", "messages": [["role": "user", "content": "Halo"]],
            ]
            _ = try await client.chat.completions.create(
                request(base, member, checked: checked, extraBody: \ChatCompletionsRequest.extraBody))
        } else {
            try #require(
                EmbeddingsRequest.knownKeys.contains(member.key), "`\(member.key)` is in no request this test sends")
            let base: [String: JSONValue] = ["model": "nusa-embeddings-0001", "input": "Halo"]
            _ = try await client.embeddings.create(
                request(base, member, checked: checked, extraBody: \EmbeddingsRequest.extraBody))
        }
    }

    /// `base` with the member set, decoded with the SDK's own decoder, or with the member in its extra body.
    static func request<Request: Decodable>(
        _ base: [String: JSONValue],
        _ member: (key: String, value: JSONValue),
        checked: Bool,
        extraBody: WritableKeyPath<Request, [String: JSONValue]>
    ) throws -> Request {
        var object = base
        if checked {
            object[member.key] = member.value
        }
        var request = try decode(Request.self, from: .object(object))
        if !checked {
            request[keyPath: extraBody][member.key] = member.value
        }
        return request
    }
}

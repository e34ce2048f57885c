import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// The SDK and the test server apply every limit of ``MessagesParameterLimits`` the same way: both accept a
/// value at each edge, and both refuse one just past it, naming the parameter.
@Suite("Messages parameter limits")
struct MessagesParameterLimitsTests {
    /// The edges of every limit in the table and the values just past them, found by walking the table.
    static let cases: [ParameterLimitsTests.Case] = Mirror(reflecting: MessagesParameterLimits.api).children.flatMap {
        child -> [ParameterLimitsTests.Case] in
        switch child.value {
        case let limit as ParameterLimit<Double>: ParameterLimitsTests.edges(of: limit, step: 0.5, JSONValue.double)
        case let limit as ParameterLimit<Int>: ParameterLimitsTests.edges(of: limit, step: 1, JSONValue.int)
        default: [ParameterLimitsTests.Case(parameter: child.label ?? "?", value: .null, accepted: false)]
        }
    }

    @Test("The SDK and the test server accept the edges of a limit and refuse what lies past them", arguments: cases)
    func limit(_ testCase: ParameterLimitsTests.Case) async throws {
        try #require(testCase.value != .null, "`\(testCase.parameter)` is a limit of a type this test does not know")
        let member = ParameterLimitsTests.member(testCase.parameter, testCase.value)
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            guard !testCase.accepted else {
                _ = try await client.anthropic.messages.create(Self.request(member, checked: true))
                #expect(server.requests.count == 1)
                return
            }
            let sdkError = await expectError {
                try await client.anthropic.messages.create(Self.request(member, checked: true))
            }
            #expect(sdkError?.kind == .invalidRequest)
            #expect(sdkError?.parameter == testCase.parameter)
            #expect(server.requests.isEmpty, "the SDK refuses before sending")

            let serverError = await expectError {
                try await client.anthropic.messages.create(Self.request(member, checked: false))
            }
            #expect(serverError?.kind == .badRequest)
            #expect(serverError?.parameter == testCase.parameter)
            #expect(serverError?.apiError?.type?.rawValue == "invalid_request_error")
        }
    }

    /// A request with the member set: through the SDK's validation when `checked`, else in the extra body,
    /// past it. A `thinking` member is `enabled`, as a budget needs.
    static func request(_ member: (key: String, value: JSONValue), checked: Bool) throws -> MessagesRequest {
        var value = member.value
        if member.key == "thinking", case .object(var thinking) = value {
            thinking["type"] = "enabled"
            value = .object(thinking)
        }
        var object: [String: JSONValue] = [
            "model": "claude-sonnet-4-6", "max_tokens": 2000, "messages": [["role": "user", "content": "Halo"]],
        ]
        if checked {
            object[member.key] = value
        }
        var request = try decode(MessagesRequest.self, from: .object(object))
        if !checked {
            request.extraBody[member.key] = value
        }
        return request
    }
}

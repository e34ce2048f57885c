import Foundation
import NeosantaraTesting
import Testing

@testable import Neosantara

/// Evaluation over loopback: typed questions of each kind, answers read back as their Swift types, on every
/// alias whatever the spelling of its usage keys.
@Suite("Evaluation")
struct EvaluationTests {
    static let urgent = TypedQuestion.boolean("urgent", instructions: "Does it need help today?")
    static let refund = TypedQuestion.nullableBoolean("refund")
    static let team = TypedQuestion.choice("team", options: ["billing", "tech"])
    static let severity = TypedQuestion.score("severity", rubric: ["max": 10])

    static func request(_ state: JSONValue) -> EvaluationRequest {
        var request = EvaluationRequest(state: state)
        request.ask(urgent)
        request.ask(refund)
        request.ask(team)
        request.ask(severity)
        return request
    }

    @Test(
        "Each kind's answer comes back as its Swift type, on /evaluate, /evaluations and /systemone",
        arguments: [EvaluationEndpoint.evaluate, .evaluations, .systemOne])
    func typedAnswers(endpoint: EvaluationEndpoint) async throws {
        try await NeosantaraTestServer.withServer { server in
            let result = try await makeClient(server.baseURL).evaluations.evaluate(
                Self.request("Urgent: the tech team must fix payments"), endpoint: endpoint)
            let isUrgent: Bool = try result.value.answer(to: Self.urgent)
            let wantsRefund: Bool? = try result.value.answer(to: Self.refund)
            let owner: String = try result.value.answer(to: Self.team)
            let score: Double = try result.value.answer(to: Self.severity)
            #expect(isUrgent)
            #expect(wantsRefund == false)
            #expect(owner == "tech")
            #expect(score == 7)
            #expect(result.model == "jev")
            #expect(result.usage == EvaluationUsage(inputTokens: 7, outputTokens: 4))
            let sent = try #require(server.requests.first)
            #expect(sent.path == "/v1" + endpoint.path)
            #expect(sent.json?["questions"]?["refund"]?["type"] == "noul")
            #expect(sent.json?["questions"]?["team"]?["options"] == ["billing", "tech"])
            #expect(sent.json?["questions"]?["severity"]?["scoring_rubric"] == ["max": 10])
        }
    }

    @Test("An object state is evaluated as JSON; an empty state answers noul with nil")
    func objectAndEmptyState() async throws {
        try await NeosantaraTestServer.withServer { server in
            let evaluations = makeClient(server.baseURL).evaluations
            let object = try await evaluations.evaluate(Self.request(["ticket": "billing refund"]))
            #expect(try object.value.answer(to: Self.team) == "billing")
            #expect(try object.value.answer(to: Self.refund) == true)
            let empty = try await evaluations.evaluate(Self.request(""))
            #expect(try empty.value.answer(to: Self.refund) == nil)
        }
    }

    @Test("A missing answer or one of another type is a decoding error naming the question")
    func wrongAnswers() throws {
        let response = EvaluationResponse(model: "jev", answers: ["urgent": "yes"])
        let wrongType = #expect(throws: NeosantaraError.self) { try response.answer(to: Self.urgent) }
        #expect(wrongType?.kind == .decoding)
        #expect(wrongType?.message.contains("`urgent` (a boolean question) is not a Bool") == true)
        let missing = #expect(throws: NeosantaraError.self) { try response.answer(to: Self.team) }
        #expect(missing?.message.contains("no answer to `team`; it answered `urgent`") == true)
    }

    @Test("Usage decodes from camelCase and snake_case keys")
    func usageSpellings() throws {
        let camel = try JSONDecoder().decode(
            EvaluationUsage.self, from: Data(#"{"inputTokens":3,"outputTokens":1}"#.utf8))
        let snake = try JSONDecoder().decode(
            EvaluationUsage.self, from: Data(#"{"input_tokens":3,"output_tokens":1}"#.utf8))
        #expect(camel == snake)
        #expect(camel == EvaluationUsage(inputTokens: 3, outputTokens: 1))
    }

    @Test("No questions, or a choice without options, fail before sending")
    func badRequests() async throws {
        try await NeosantaraTestServer.withServer { server in
            let evaluations = makeClient(server.baseURL).evaluations
            let none = await expectError { try await evaluations.evaluate(EvaluationRequest(state: "x")) }
            #expect(none?.parameter == "questions")
            var empty = EvaluationRequest(state: "x")
            empty.ask(TypedQuestion.choice("team", options: []))
            let noOptions = await expectError { try await evaluations.evaluate(empty) }
            #expect(noOptions?.parameter == "questions.team.options")
            #expect(server.requests.isEmpty)
        }
    }
}

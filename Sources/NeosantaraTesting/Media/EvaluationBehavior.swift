import Foundation
import Neosantara

/// The default answer to `POST /v1/evaluate`, `/v1/evaluations` and `/v1/systemone`: an answer of the asked
/// type for each question, derived from the state's text (a string as it is, an object or array as JSON).
///
/// A `boolean` is `true` when the text contains the question's name, ignoring case; a `noul` the same, but
/// `null` for an empty state; a `choice` is the first option the text contains, else the first option; a
/// `score` is the number of words in the text, at most 10. Usage counts the text's words as input and one
/// token per answer as output, in camelCase (`inputTokens`) except on `/v1/systemone` (`input_tokens`).
struct EvaluationBehavior {
    let snakeCaseUsage: Bool
    let context: ReplyContext

    func reply(_ body: Data) throws(Rejection) -> Reply {
        let object = try RequestValidation.jsonObject(body)
        guard let state = object["state"], state != .null else {
            throw Rejection(APIErrorReply.missingParameter("state"))
        }
        guard object["questions"]?.objectValue != nil else {
            throw Rejection(APIErrorReply.missingParameter("questions"))
        }
        let request = try RequestValidation.decode(EvaluationRequest.self, body)
        try RequestValidation.validate(request.validate)
        let text = state.stringValue ?? WireJSON.text(state)
        let lowered = text.lowercased()
        var answers: [String: JSONValue] = [:]
        for (name, question) in request.questions {
            switch question.kind {
            case .boolean:
                answers[name] = .bool(lowered.contains(name.lowercased()))
            case .nullableBoolean:
                answers[name] = text.isEmpty ? .null : .bool(lowered.contains(name.lowercased()))
            case .choice:
                let options = question.options ?? []
                answers[name] = .string(options.first { lowered.contains($0.lowercased()) } ?? options.first ?? "")
            case .score:
                answers[name] = .int(min(10, text.split(whereSeparator: \.isWhitespace).count))
            default:
                throw Rejection(
                    APIErrorReply.invalidParameter(
                        "questions.\(name).type",
                        "`questions.\(name).type` must be `boolean`, `noul`, `choice` or `score`, not `\(question.kind)`."
                    ))
            }
        }
        let input = text.split(whereSeparator: \.isWhitespace).count
        let usage: JSONValue =
            snakeCaseUsage
            ? ["input_tokens": .int(input), "output_tokens": .int(answers.count)]
            : ["inputTokens": .int(input), "outputTokens": .int(answers.count)]
        return context.json(
            JSONValue.object(["model": .string(request.model), "answers": .object(answers), "usage": usage]))
    }
}

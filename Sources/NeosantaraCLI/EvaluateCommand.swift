import ArgumentParser
import Foundation
import Neosantara

/// `neosantara evaluate`: typed questions about a text or JSON state.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Ask typed questions about a state: boolean, noul (yes/no/unknown), enum(a,b,…) or score.",
        discussion: """
            Example: neosantara evaluate --state notes.txt --question 'urgent:boolean' --question 'team:enum(billing,tech)'
            --state is a file (JSON when it parses as JSON, else text) or, when no such file exists, the text itself.
            Prints one line per question, name and answer, or --json.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The state: a file, or the text itself.")
    var state: String

    @Option(
        name: .customLong("question"),
        help: ArgumentHelp(
            "A question as NAME:KIND, KIND one of boolean, noul, score, enum(a,b,…). Repeatable.", valueName: "question"
        ))
    var questions: [String]

    @Option(help: "The evaluation model.")
    var model = EvaluationRequest.defaultModel

    @Flag(help: "Print the response as JSON.")
    var json = false

    func validate() throws {
        guard !questions.isEmpty else { throw ValidationError("give at least one --question NAME:KIND") }
        for question in questions {
            _ = try Self.parse(question)
        }
    }

    /// The question `NAME:KIND` describes.
    static func parse(_ text: String) throws -> (String, EvaluationQuestion) {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else {
            throw ValidationError("--question '\(text)' is not NAME:KIND, such as urgent:boolean")
        }
        let name = String(text[..<colon])
        let kind = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        switch kind {
        case "boolean": return (name, EvaluationQuestion(kind: .boolean))
        case "noul": return (name, EvaluationQuestion(kind: .nullableBoolean))
        case "score": return (name, EvaluationQuestion(kind: .score))
        default:
            guard kind.hasPrefix("enum("), kind.hasSuffix(")") else {
                throw ValidationError("--question '\(text)': the kind must be boolean, noul, score or enum(a,b,…)")
            }
            let options = kind.dropFirst(5).dropLast().split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            guard !options.isEmpty else {
                throw ValidationError("--question '\(text)': enum() needs at least one option")
            }
            return (name, EvaluationQuestion(kind: .choice, options: options))
        }
    }

    func run() async throws {
        var request = EvaluationRequest(model: model, state: try stateValue())
        for question in questions {
            let (name, definition) = try Self.parse(question)
            request.questions[name] = definition
        }
        let finished = request
        let response = try await global.withClient { client in
            try await client.evaluations.evaluate(finished)
        }
        if json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
            return
        }
        for question in questions {
            let name = try Self.parse(question).0
            let answer = response.answers[name]
            Terminal.write(
                "\(name)\t\(answer?.stringValue ?? answer.map { (try? JSONOutput.string($0)) ?? "" } ?? "(no answer)")\n"
            )
        }
    }

    /// The state: the file's JSON or text, or the argument itself when no such file exists.
    private func stateValue() throws -> JSONValue {
        guard FileManager.default.fileExists(atPath: state) else { return .string(state) }
        let data = try Data(contentsOf: URL(fileURLWithPath: state))
        if let value = try? JSONDecoder().decode(JSONValue.self, from: data),
            value.objectValue != nil || value.arrayValue != nil
        {
            return value
        }
        return .string(String(decoding: data, as: UTF8.self))
    }
}

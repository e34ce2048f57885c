import Foundation
import Neosantara

/// The interactive `neosantara chat --api responses`: reads prompts line by line, and keeps the conversation on
/// the server by sending each turn with the previous response's id.
struct ResponsesSession {
    var turn: ResponsesTurn
    let instructions: String?
    let interrupts: Interrupts

    mutating func run() async throws {
        Terminal.note(
            "Chatting with \(turn.settings.model) over the Responses API. /reset starts a new conversation, "
                + "/model NAME switches models, /exit or Ctrl-D leaves, Ctrl-C stops a reply.")
        var previousResponseID: String?
        while true {
            Terminal.write(Terminal.bold("› "))
            guard let line = await Terminal.readLine() else {
                Terminal.write("\n")
                return
            }
            let input = line.trimmingCharacters(in: .whitespaces)
            if input.isEmpty { continue }
            let words = input.split(separator: " ", maxSplits: 1).map(String.init)
            switch words[0] {
            case "/exit", "/quit":
                return
            case "/reset":
                previousResponseID = nil
                Terminal.note("(conversation cleared)")
                continue
            case "/model" where words.count == 2:
                turn.settings.model = words[1].trimmingCharacters(in: .whitespaces)
                Terminal.note("(now chatting with \(turn.settings.model))")
                continue
            case let command where command.hasPrefix("/"):
                Terminal.note("unknown command \(command); try /reset, /model NAME or /exit")
                continue
            default:
                break
            }
            let turn = self.turn
            let previous = previousResponseID
            let instructions = self.instructions
            do {
                let response = try await interrupts.cancellable {
                    try await turn.reply(to: .text(input), instructions: instructions, previousResponseID: previous)
                }
                previousResponseID = response.id
            } catch let error as NeosantaraError where error.kind == .cancelled {
                Terminal.note("\n(reply stopped)")
            } catch let error as NeosantaraError {
                Terminal.note("neosantara: " + ErrorReport.line(for: error))
            }
        }
    }
}

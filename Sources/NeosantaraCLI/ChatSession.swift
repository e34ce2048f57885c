import Foundation
import Neosantara

/// The interactive `neosantara chat`: reads prompts line by line and keeps the conversation.
struct ChatSession {
    var turn: ChatTurn
    let systemMessages: [ChatMessage]
    let interrupts: Interrupts

    mutating func run() async throws {
        Terminal.note(
            "Chatting with \(turn.settings.model). /reset clears the conversation, /model NAME switches models, "
                + "/exit or Ctrl-D leaves, Ctrl-C stops a reply.")
        var history = systemMessages
        while true {
            Terminal.write(Terminal.bold("› "))
            guard let line = await Terminal.readLine() else {
                Terminal.write("\n")
                return
            }
            let input = line.trimmingCharacters(in: .whitespaces)
            if input.isEmpty { continue }
            if input.hasPrefix("/") {
                guard try handleCommand(input, history: &history) else { return }
                continue
            }
            let conversation = history + [.user(input)]
            let turn = self.turn
            do {
                let reply = try await interrupts.cancellable { try await turn.reply(to: conversation) }
                history = conversation + [reply]
            } catch let error as NeosantaraError where error.kind == .cancelled {
                Terminal.note("\n(reply stopped)")
            } catch let error as NeosantaraError {
                Terminal.note("neosantara: " + ErrorReport.line(for: error))
            }
        }
    }

    /// Runs a `/` command; returns `false` when the session should end.
    private mutating func handleCommand(_ input: String, history: inout [ChatMessage]) throws -> Bool {
        let words = input.split(separator: " ", maxSplits: 1).map(String.init)
        switch words[0] {
        case "/exit", "/quit":
            return false
        case "/reset":
            history = systemMessages
            Terminal.note("(conversation cleared)")
        case "/model" where words.count == 2:
            turn.settings.model = words[1].trimmingCharacters(in: .whitespaces)
            Terminal.note("(now chatting with \(turn.settings.model))")
        default:
            Terminal.note("unknown command \(words[0]); try /reset, /model NAME or /exit")
        }
        return true
    }
}

import Neosantara

extension ChatCommand {
    /// `--api responses`: the reply, or an interactive session, over `POST /responses`.
    func runResponses(prompt: String, images: [String], settings: ChatSettings, interrupts: Interrupts) async throws {
        let background = self.background
        let system = self.system
        try await global.withClient { client in
            let turn = ResponsesTurn(client: client, settings: settings, background: background)
            if prompt.isEmpty {
                var session = ResponsesSession(turn: turn, instructions: system, interrupts: interrupts)
                try await session.run()
                return
            }
            let input: ResponseInput =
                images.isEmpty
                ? .text(prompt) : .items([.message(.user([.text(prompt)] + images.map { .image(url: $0) }))])
            _ = try await interrupts.cancellable {
                try await turn.reply(to: input, instructions: system, previousResponseID: nil)
            }
        }
    }
}

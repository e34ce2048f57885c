import Neosantara

/// The app code of the documentation's example (Documentation.docc/TestingYourCode.md), kept here so the
/// example compiles and passes.
struct TicketSummarizer {
    let client: NeosantaraClient
    var model = "nusantara-base"

    /// The summary of `ticket`, or `nil` when the ticket is too long for the model.
    func summarize(_ ticket: String) async throws -> String? {
        do {
            let reply = try await client.chat.completions.create(
                model: model,
                messages: [.system("Ringkas tiket ini dalam satu kalimat."), .user(ticket)],
                temperature: 0.2)
            return reply.choices.first?.message.content
        } catch  where error.apiError?.code == .contextLengthExceeded {
            return nil
        }
    }
}

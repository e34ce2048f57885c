import Neosantara

/// The default answer to `POST /v1/moderations`: a keyword check, one result per input.
///
/// An input is flagged in a category when it contains, ignoring case, one of that category's keywords:
/// `hate` for hate, `idiot` for harassment, `kill myself` and `suicide` for self-harm, `nsfw` for sexual,
/// `kill` and `bomb` for violence. A flagged category scores 0.9, any other 0.01.
struct ModerationBehavior {
    let request: ModerationsRequest
    let context: ReplyContext

    static let keywords: [(category: ModerationCategory, words: [String])] = [
        (.hate, ["hate"]),
        (.harassment, ["idiot"]),
        (.selfHarm, ["kill myself", "suicide"]),
        (.sexual, ["nsfw"]),
        (.violence, ["kill", "bomb"]),
    ]

    func reply() -> Reply {
        context.json(response())
    }

    func response() -> ModerationsResponse {
        let results = request.input.texts.map { text in
            let lowered = text.lowercased()
            var categories: [String: Bool] = [:]
            var scores: [String: Double] = [:]
            for (category, words) in Self.keywords {
                let flagged = words.contains { lowered.contains($0) }
                categories[category.rawValue] = flagged
                scores[category.rawValue] = flagged ? 0.9 : 0.01
            }
            return ModerationResult(
                flagged: categories.values.contains(true), categories: categories, categoryScores: scores)
        }
        return ModerationsResponse(
            id: "modr-test-\(context.sequence)", model: request.model ?? "text-moderation-latest", results: results,
            metadata: context.metadata)
    }
}

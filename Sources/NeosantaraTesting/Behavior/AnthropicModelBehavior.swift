import Foundation
import Neosantara

/// The default answers to `GET /anthropic/v1/models` and `GET /anthropic/v1/models/{id}`: the configured
/// catalogue in Anthropic's shape.
///
/// A model's `display_name` is its description or id, `created_at` its `created` as an RFC 3339 date, and
/// `context_window` and `max_output_tokens` its `max_tokens`. Pages hold `limit` models (1 to 1,000,
/// default 20), after `after_id` or before `before_id`, with `has_more`, `first_id` and `last_id`.
struct AnthropicModelBehavior {
    let models: [Model]
    let context: ReplyContext

    /// A model as the Anthropic-compatible API describes it.
    static func describe(_ model: Model) -> AnthropicModel {
        let created = Date(timeIntervalSince1970: TimeInterval(model.created ?? 0))
        return AnthropicModel(
            id: model.id, displayName: model.description ?? model.id,
            createdAt: created.formatted(.iso8601), contextWindow: model.maxTokens,
            maxOutputTokens: model.maxTokens)
    }

    /// A page of the catalogue.
    func list(query: [String: String]) -> Reply {
        let limitText = query["limit"] ?? "20"
        guard let limit = Int(limitText), (1...1000).contains(limit) else {
            return APIErrorReply.invalidParameter(
                "limit", "`limit` must be an integer from 1 to 1000, not `\(limitText)`.")
        }
        let all = models.map(Self.describe)
        let page: ArraySlice<AnthropicModel>
        let hasMore: Bool
        if let before = query["before_id"] {
            guard let end = all.firstIndex(where: { $0.id == before }) else {
                return APIErrorReply.modelNotFound(before)
            }
            let start = max(0, end - limit)
            page = all[start..<end]
            hasMore = start > 0
        } else {
            var start = 0
            if let after = query["after_id"] {
                guard let index = all.firstIndex(where: { $0.id == after }) else {
                    return APIErrorReply.modelNotFound(after)
                }
                start = index + 1
            }
            let end = min(all.count, start + limit)
            page = all[start..<end]
            hasMore = end < all.count
        }
        return context.json(
            AnthropicListReply(data: Array(page), hasMore: hasMore, firstID: page.first?.id, lastID: page.last?.id))
    }

    /// One model, or a 404.
    func retrieve(_ id: String) -> Reply {
        guard let model = models.first(where: { $0.id == id }) else { return APIErrorReply.modelNotFound(id) }
        return context.json(Self.describe(model))
    }
}

/// A page of a list in Anthropic's shape: `data`, `has_more`, `first_id`, `last_id`, the ids written as
/// `null` on an empty page.
private struct AnthropicListReply: Encodable {
    var data: [AnthropicModel]
    var hasMore: Bool
    var firstID: String?
    var lastID: String?

    enum CodingKeys: String, CodingKey {
        case data
        case hasMore = "has_more"
        case firstID = "first_id"
        case lastID = "last_id"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(data, forKey: .data)
        try container.encode(hasMore, forKey: .hasMore)
        try container.encode(firstID, forKey: .firstID)
        try container.encode(lastID, forKey: .lastID)
    }
}

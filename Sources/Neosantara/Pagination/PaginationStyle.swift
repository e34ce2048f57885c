/// How a listing names its cursor in the query, and which id of a page continues it.
///
/// The gateway lists in two styles:
///
/// | | query | next page |
/// |---|---|---|
/// | ``openAI`` (files, batches, a response's input items) | `after`, `limit` | `after=<last_id>` |
/// | ``anthropic(_:)`` forward (`/anthropic/v1/models`) | `after_id`, `limit` | `after_id=<last_id>` |
/// | ``anthropic(_:)`` backward, when the caller started with `before_id` | `before_id`, `limit` | `before_id=<first_id>` |
///
/// A body without `first_id` or `last_id` continues from the id of its last item (backward: its first).
enum PaginationStyle: Hashable, Sendable {
    /// OpenAI's listings: `after=<id>` and `limit=<n>`, forward only.
    case openAI
    /// Anthropic's listings: `after_id=<id>` forward or `before_id=<id>` backward, and `limit=<n>`.
    case anthropic(Direction)

    /// Which way an Anthropic listing pages.
    enum Direction: Hashable, Sendable {
        /// Towards later items, with `after_id`.
        case forward
        /// Towards earlier items, with `before_id`; the way a listing goes when the caller started with one.
        case backward
    }

    /// The query items that ask for the page at `cursor` (the first page when `nil`) of at most `limit` items
    /// (the server's default when `nil`), in the form ``Route/query`` takes.
    func queryItems(cursor: String?, limit: Int?) -> [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        if let cursor {
            items.append((cursorName, cursor))
        }
        if let limit {
            items.append(("limit", String(limit)))
        }
        return items
    }

    /// The cursor of the page after `page`, or `nil` when the server has no more or the page names no id to
    /// continue from, as an empty page without `first_id` and `last_id` does.
    ///
    /// The fallback to an item's id asks for `Identifiable` items with `String` ids rather than for an id
    /// accessor: every item the API lists (models, files, batches, input items) has a string `id`, so the
    /// constraint costs a one-line conformance and turns a forgotten fallback into a compile error instead of
    /// a listing that silently stops after its first page.
    func nextCursor<Item: Identifiable>(after page: Page<Item>) -> String? where Item.ID == String {
        guard page.hasMore else { return nil }
        switch self {
        case .openAI, .anthropic(.forward):
            return page.lastID ?? page.items.last?.id
        case .anthropic(.backward):
            return page.firstID ?? page.items.first?.id
        }
    }

    /// The query name of the cursor.
    private var cursorName: String {
        switch self {
        case .openAI: "after"
        case .anthropic(.forward): "after_id"
        case .anthropic(.backward): "before_id"
        }
    }
}

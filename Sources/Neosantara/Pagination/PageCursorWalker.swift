/// Fetches the pages of a listing one at a time, each from the cursor the one before it names.
///
/// The walk ends after a page that has no more (`hasMore` is `false`), names no cursor, or names the cursor
/// it was fetched with, so a server that keeps answering `has_more: true` without moving on cannot make it
/// loop. It also ends after an error: the failed fetch throws, and every later call returns `nil`.
///
/// Before each fetch it checks for cancellation and throws a ``NeosantaraError/Kind/cancelled`` error instead
/// of fetching.
struct PageCursorWalker<Item: Sendable>: Sendable {
    /// Fetches the page at a cursor, or the first page for `nil`.
    typealias FetchPage = @Sendable (_ cursor: String?) async throws(NeosantaraError) -> APIResponse<Page<Item>>

    private enum State {
        /// The next fetch asks for the page at this cursor.
        case pending(cursor: String?)
        /// No more pages will be fetched.
        case finished
    }

    private let fetch: FetchPage
    private var state: State
    private var pagesFetched = 0

    /// Creates a walk that starts at `cursor`, or at the first page for `nil`.
    init(startingAt cursor: String?, fetch: @escaping FetchPage) {
        self.fetch = fetch
        state = .pending(cursor: cursor)
    }

    /// Fetches the next page, or returns `nil` once the listing has ended.
    mutating func next() async throws(NeosantaraError) -> APIResponse<Page<Item>>? {
        guard case .pending(let cursor) = state else { return nil }
        guard !Task.isCancelled else {
            state = .finished
            throw NeosantaraError(
                kind: .cancelled,
                message: "the task was cancelled after \(pagesFetched) page(s); the next page was not fetched")
        }
        let response: APIResponse<Page<Item>>
        do {
            response = try await fetch(cursor)
        } catch {
            state = .finished
            throw error
        }
        pagesFetched += 1
        let page = response.value
        if page.hasMore, let next = page.nextCursor, next != cursor {
            state = .pending(cursor: next)
        } else {
            state = .finished
        }
        return response
    }
}

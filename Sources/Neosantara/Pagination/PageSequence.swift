/// The items of a listing, page after page, fetched as they are read.
///
/// ```swift
/// for try await item in listing {   // a PageSequence a listing operation returned
///     print(item.id)
/// }
/// ```
///
/// The first page is fetched by the first call to `next()`, and each further page only once the items of the
/// page before it have all been read, so leaving a loop early fetches nothing more. Use ``pages`` to read
/// whole pages, with the status, headers and request id of each response.
///
/// The listing ends after a page whose `has_more` is `false`, or that names no cursor to go on from, as an
/// empty page without `first_id` and `last_id` does, or that names the very cursor it was fetched with: a
/// server that keeps saying `has_more: true` without moving on ends the listing rather than looping.
///
/// An error fetching a page is thrown once and ends the listing. Before each fetch the sequence checks
/// whether the task is cancelled and, if so, throws a ``NeosantaraError/Kind/cancelled`` error instead; the
/// items of a page already fetched are still delivered. Each page's request is retried as the client's retry
/// policy says, like any other call.
///
/// A sequence can be iterated more than once; each iteration lists again from the start.
///
/// On Linux and on macOS 15, iOS 18 and later, `for try await` throws ``NeosantaraError`` itself; with an
/// earlier deployment target it throws `any Error`, which is always a ``NeosantaraError``.
public struct PageSequence<Item: Sendable>: AsyncSequence, Sendable {
    /// An item of the listing.
    public typealias Element = Item
    /// The error fetching a page throws.
    public typealias Failure = NeosantaraError

    private let firstCursor: String?
    private let fetch: PageCursorWalker<Item>.FetchPage

    /// Creates a listing that starts at `cursor`, or at the first page for `nil`, and fetches each page with
    /// `fetch`.
    init(startingAt cursor: String?, fetch: @escaping PageCursorWalker<Item>.FetchPage) {
        firstCursor = cursor
        self.fetch = fetch
    }

    /// The pages of the listing, fetched one per `next()`, each with the response it came in.
    public var pages: Pages {
        Pages(walker: PageCursorWalker(startingAt: firstCursor, fetch: fetch))
    }

    /// Creates the iterator that reads the items.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(walker: PageCursorWalker(startingAt: firstCursor, fetch: fetch))
    }

    /// Reads the items of a ``PageSequence``, fetching a page whenever the one before it is used up.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The error fetching a page throws.
        public typealias Failure = NeosantaraError

        private var walker: PageCursorWalker<Item>
        private var unread: IndexingIterator<[Item]> = [].makeIterator()

        init(walker: PageCursorWalker<Item>) {
            self.walker = walker
        }

        /// The next item, fetching the next page first when the current one is used up, or `nil` once the
        /// listing has ended.
        ///
        /// - Throws: ``NeosantaraError`` when a page cannot be fetched, or of kind
        ///   ``NeosantaraError/Kind/cancelled`` when the task is cancelled before a fetch.
        public mutating func next() async throws(NeosantaraError) -> Item? {
            while true {
                if let item = unread.next() {
                    return item
                }
                guard let response = try await walker.next() else { return nil }
                unread = response.value.items.makeIterator()
            }
        }
    }
}

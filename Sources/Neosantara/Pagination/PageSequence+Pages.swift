extension PageSequence {
    /// The pages of a listing, each with the response it came in, fetched one per `next()`.
    ///
    /// ```swift
    /// for try await page in listing.pages {
    ///     print(page.items.count, page.requestID, page.nextCursor ?? "last page")
    /// }
    /// ```
    ///
    /// A page's own properties read straight through its ``APIResponse``, so `page.items` means
    /// `page.value.items`. The pages end, fail and stop on cancellation exactly as the items of the
    /// ``PageSequence`` do; keep a page's ``Page/nextCursor`` to list on from it later.
    public struct Pages: AsyncSequence, Sendable {
        /// A page with its HTTP response.
        public typealias Element = APIResponse<Page<Item>>
        /// The error fetching a page throws.
        public typealias Failure = NeosantaraError

        private let walker: PageCursorWalker<Item>

        init(walker: PageCursorWalker<Item>) {
            self.walker = walker
        }

        /// Creates the iterator that fetches the pages.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(walker: walker)
        }

        /// Fetches the pages of a ``PageSequence/Pages``.
        public struct AsyncIterator: AsyncIteratorProtocol {
            /// The error fetching a page throws.
            public typealias Failure = NeosantaraError

            private var walker: PageCursorWalker<Item>

            init(walker: PageCursorWalker<Item>) {
                self.walker = walker
            }

            /// Fetches the next page, or returns `nil` once the listing has ended.
            ///
            /// - Throws: ``NeosantaraError`` when the page cannot be fetched, or of kind
            ///   ``NeosantaraError/Kind/cancelled`` when the task is cancelled before the fetch.
            public mutating func next() async throws(NeosantaraError) -> APIResponse<Page<Item>>? {
                try await walker.next()
            }
        }
    }
}

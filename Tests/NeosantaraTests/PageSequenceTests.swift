import Testing

@testable import Neosantara

/// When a listing fetches its pages, and when it stops, without a server.
@Suite("Page sequence")
struct PageSequenceTests {
    /// Two pages, `a b` then `c`.
    static func twoPages() -> ScriptedPages {
        ScriptedPages([nil: page(["a", "b"], hasMore: true, next: "b"), "b": page(["c"], hasMore: false)])
    }

    @Test("Nothing is fetched before the first item is asked for, and the next page only once a page is used up")
    func laziness() async throws {
        let pages = Self.twoPages()
        var iterator = pages.sequence().makeAsyncIterator()
        #expect(pages.fetches == 0)
        #expect(try await iterator.next() == ListedItem(id: "a"))
        #expect(pages.cursors == [nil])
        #expect(try await iterator.next() == ListedItem(id: "b"))
        #expect(pages.cursors == [nil])
        #expect(try await iterator.next() == ListedItem(id: "c"))
        #expect(pages.cursors == [nil, "b"])
        #expect(try await iterator.next() == nil)
        #expect(try await iterator.next() == nil)
        #expect(pages.fetches == 2)
    }

    @Test("Leaving a loop early fetches nothing more")
    func earlyBreak() async throws {
        let pages = Self.twoPages()
        for try await item in pages.sequence() {
            #expect(item.id == "a")
            break
        }
        #expect(pages.fetches == 1)
    }

    @Test("A listing can start at a cursor, and each iteration lists again from there")
    func startingCursorAndReiteration() async throws {
        let pages = Self.twoPages()
        let listing = pages.sequence(startingAt: "b")
        var ids: [String] = []
        for try await item in listing { ids.append(item.id) }
        for try await item in listing { ids.append(item.id) }
        #expect(ids == ["c", "c"])
        #expect(pages.cursors == ["b", "b"])
    }

    @Test(
        "The listing ends after a page with has_more false, with no cursor, or with the cursor it was fetched at",
        arguments: [
            page(["a"], hasMore: false, next: "a"),
            Page(items: [], hasMore: true),
            page(["a"], hasMore: true, next: nil),
        ])
    func endsAfterPage(_ first: Page<ListedItem>) async throws {
        let pages = ScriptedPages([nil: first, "a": page(["never"], hasMore: false)])
        var ids: [String] = []
        for try await item in pages.sequence() { ids.append(item.id) }
        #expect(ids == first.items.map(\.id))
        #expect(pages.fetches == 1)
    }

    @Test("A page that names its own cursor again ends the listing instead of looping")
    func repeatedCursor() async throws {
        let pages = ScriptedPages([
            nil: page(["a"], hasMore: true, next: "a"), "a": page(["b"], hasMore: true, next: "a"),
        ])
        var ids: [String] = []
        for try await item in pages.sequence() { ids.append(item.id) }
        #expect(ids == ["a", "b"])
        #expect(pages.cursors == [nil, "a"])
    }

    @Test("An empty page that names a new cursor is passed over to the next page")
    func emptyPageWithCursor() async throws {
        let pages = ScriptedPages([nil: page([], hasMore: true, next: "p2"), "p2": page(["c"], hasMore: false)])
        var ids: [String] = []
        for try await item in pages.sequence() { ids.append(item.id) }
        #expect(ids == ["c"])
        #expect(pages.cursors == [nil, "p2"])
    }

    @Test("A failed fetch throws its error unchanged, once, and ends the listing")
    func fetchErrorEnds() async throws {
        let failure = NeosantaraError(kind: .serverError, message: "upstream down", status: 503, requestID: "req_9")
        let pages = ScriptedPages([nil: page(["a"], hasMore: true, next: "a")], failing: ("a", failure))
        var iterator = pages.sequence().makeAsyncIterator()
        #expect(try await iterator.next()?.id == "a")
        let error = await #expect(throws: NeosantaraError.self) { try await iterator.next() }
        #expect(error?.kind == .serverError)
        #expect(error?.message == "upstream down")
        #expect(error?.status == 503)
        #expect(error?.requestID == "req_9")
        #expect(try await iterator.next() == nil)
        #expect(pages.fetches == 2)
    }

    @Test("Once the task is cancelled, the fetched page is still read but the next is not fetched")
    func cancellation() async throws {
        let pages = ScriptedPages([nil: page(["a", "b"], hasMore: true, next: "b"), "b": page(["c"], hasMore: false)])
        let outcome = try await Task {
            var iterator = pages.sequence().makeAsyncIterator()
            var ids = [try await iterator.next()?.id]
            withUnsafeCurrentTask { $0?.cancel() }
            ids.append(try await iterator.next()?.id)
            let error = await #expect(throws: NeosantaraError.self) { try await iterator.next() }
            ids.append(try await iterator.next()?.id)
            return (ids, error)
        }.value
        #expect(outcome.0 == ["a", "b", nil])
        #expect(outcome.1?.kind == .cancelled)
        #expect(outcome.1?.message.contains("after 1 page") == true)
        #expect(pages.fetches == 1)
    }

    @Test("A cancelled task fetches no first page")
    func cancelledBeforeStart() async throws {
        let pages = Self.twoPages()
        let error = await Task {
            withUnsafeCurrentTask { $0?.cancel() }
            var iterator = pages.sequence().pages.makeAsyncIterator()
            return await #expect(throws: NeosantaraError.self) { try await iterator.next() }
        }.value
        #expect(error?.kind == .cancelled)
        #expect(pages.fetches == 0)
    }

    @Test("`pages` yields each page with its response, as lazily as the items")
    func pagesView() async throws {
        let pages = Self.twoPages()
        var iterator = pages.sequence().pages.makeAsyncIterator()
        #expect(pages.fetches == 0)
        let first = try #require(try await iterator.next())
        #expect(first.items.map(\.id) == ["a", "b"])
        #expect(first.nextCursor == "b")
        #expect(first.requestID == "req_page_1")
        #expect(pages.fetches == 1)
        let second = try #require(try await iterator.next())
        #expect(second.items.map(\.id) == ["c"])
        #expect(second.requestID == "req_page_2")
        #expect(try await iterator.next() == nil)
        #expect(pages.cursors == [nil, "b"])
    }
}

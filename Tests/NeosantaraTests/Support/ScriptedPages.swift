import HTTPTypes
import NIOConcurrencyHelpers

@testable import Neosantara

/// An item of a test listing.
struct ListedItem: Codable, Hashable, Sendable, Identifiable {
    var id: String
}

/// The pages of a test listing by the cursor that fetches them (`nil` for the first), standing in for the
/// server: it records every cursor asked for, and throws `failure` for the cursor it names.
final class ScriptedPages: Sendable {
    private let pages: [String?: Page<ListedItem>]
    private let failure: (cursor: String?, error: NeosantaraError)?
    private let requested = NIOLockedValueBox<[String?]>([])

    init(_ pages: [String?: Page<ListedItem>], failing failure: (cursor: String?, error: NeosantaraError)? = nil) {
        self.pages = pages
        self.failure = failure
    }

    /// The cursors fetched so far, in order.
    var cursors: [String?] { requested.withLockedValue { $0 } }

    /// How many pages were fetched.
    var fetches: Int { cursors.count }

    /// A listing of these pages that starts at `cursor`.
    func sequence(startingAt cursor: String? = nil) -> PageSequence<ListedItem> {
        PageSequence(startingAt: cursor) { cursor throws(NeosantaraError) in
            try self.fetch(cursor)
        }
    }

    private func fetch(_ cursor: String?) throws(NeosantaraError) -> APIResponse<Page<ListedItem>> {
        let number = requested.withLockedValue { cursors in
            cursors.append(cursor)
            return cursors.count
        }
        if let failure, failure.cursor == cursor {
            throw failure.error
        }
        guard let page = pages[cursor] else {
            throw NeosantaraError(kind: .notFound, message: "no page scripted at \(cursor ?? "the start")")
        }
        return APIResponse(value: page, httpStatus: 200, headers: [:], requestID: "req_page_\(number)")
    }
}

/// A page of items with these ids.
func page(_ ids: [String], hasMore: Bool, next: String? = nil) -> Page<ListedItem> {
    Page(items: ids.map(ListedItem.init), hasMore: hasMore, firstID: ids.first, lastID: ids.last, nextCursor: next)
}

/// A listing of files in `pages`, fetched one page per cursor (`"1"`, `"2"`, …), for the examples that take a
/// `PageSequence<FileObject>`.
func fileListing(_ pages: [[FileObject]]) -> PageSequence<FileObject> {
    PageSequence(startingAt: nil) { cursor throws(NeosantaraError) in
        let index = cursor.flatMap { Int($0) } ?? 0
        let hasMore = index + 1 < pages.count
        let page = Page(items: pages[index], hasMore: hasMore, nextCursor: hasMore ? String(index + 1) : nil)
        return APIResponse(value: page, httpStatus: 200, headers: [:], requestID: "req_files_\(index)")
    }
}

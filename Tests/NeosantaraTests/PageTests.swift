import Foundation
import Testing

@testable import Neosantara

/// Decoding list bodies of both styles, and each style's query and next cursor.
@Suite("Pages")
struct PageTests {
    static func decode(_ json: String) throws -> Page<ListedItem> {
        try JSONDecoder().decode(Page<ListedItem>.self, from: Data(json.utf8))
    }

    @Test("An OpenAI list body: items, has_more, ids, and the last id as the next cursor; other keys ignored")
    func openAIBody() throws {
        let page = try Self.decode(
            #"{"object":"list","data":[{"id":"file-1"},{"id":"file-2"}],"has_more":true,"#
                + #""first_id":"file-1","last_id":"file-2","total":7}"#)
        #expect(
            page
                == Page(
                    items: [.init(id: "file-1"), .init(id: "file-2")], hasMore: true,
                    firstID: "file-1", lastID: "file-2", nextCursor: "file-2"))
    }

    @Test("An Anthropic list body, without `object`")
    func anthropicBody() throws {
        let page = try Self.decode(
            #"{"data":[{"id":"claude-b","type":"model"}],"has_more":false,"first_id":"claude-b","last_id":"claude-b"}"#)
        #expect(page.items == [ListedItem(id: "claude-b")])
        #expect(!page.hasMore)
        #expect(page.firstID == "claude-b")
        #expect(page.lastID == "claude-b")
        #expect(page.nextCursor == nil)
    }

    @Test(
        "A missing or null has_more means false; missing or null ids mean nil",
        arguments: [
            #"{"data":[{"id":"a"}]}"#, #"{"data":[{"id":"a"}],"has_more":null,"first_id":null,"last_id":null}"#,
        ])
    func missingKeys(json: String) throws {
        #expect(try Self.decode(json) == Page(items: [.init(id: "a")], hasMore: false))
    }

    @Test("A page that has more but names no last id has no cursor of its own: the listing's style supplies one")
    func hasMoreWithoutIDs() throws {
        let page = try Self.decode(#"{"data":[{"id":"a"}],"has_more":true}"#)
        #expect(page.hasMore)
        #expect(page.nextCursor == nil)
    }

    @Test("A body without `data` is not a page")
    func missingData() {
        #expect(throws: DecodingError.self) { try Self.decode(#"{"object":"list","has_more":false}"#) }
    }

    @Test(
        "Each style names the cursor its own way, and sends only what is given",
        arguments: [
            (PaginationStyle.openAI, "file-9", 20, ["after=file-9", "limit=20"]),
            (.openAI, nil, 20, ["limit=20"]),
            (.openAI, "file-9", nil, ["after=file-9"]),
            (.openAI, nil, nil, []),
            (.anthropic(.forward), "m-3", 5, ["after_id=m-3", "limit=5"]),
            (.anthropic(.backward), "m-3", 5, ["before_id=m-3", "limit=5"]),
        ] as [(PaginationStyle, String?, Int?, [String])])
    func queryItems(style: PaginationStyle, cursor: String?, limit: Int?, expected: [String]) {
        let query = style.queryItems(cursor: cursor, limit: limit).map { "\($0.name)=\($0.value)" }
        #expect(query == expected)
    }

    @Test(
        "The next cursor: the last id forward, the first id backward, else the edge item's id",
        arguments: [
            (PaginationStyle.openAI, page(["a", "b"], hasMore: true), "b"),
            (.anthropic(.forward), page(["a", "b"], hasMore: true), "b"),
            (.anthropic(.backward), page(["a", "b"], hasMore: true), "a"),
            (.openAI, Page(items: [.init(id: "a"), .init(id: "b")], hasMore: true), "b"),
            (.anthropic(.backward), Page(items: [.init(id: "a"), .init(id: "b")], hasMore: true), "a"),
            (.openAI, Page(items: [.init(id: "a")], hasMore: true, firstID: "x", lastID: "z"), "z"),
        ] as [(PaginationStyle, Page<ListedItem>, String)])
    func nextCursor(style: PaginationStyle, page: Page<ListedItem>, expected: String) {
        #expect(style.nextCursor(after: page) == expected)
    }

    @Test(
        "No next cursor after the last page, or after an empty page that names no ids",
        arguments: [PaginationStyle.openAI, .anthropic(.forward), .anthropic(.backward)])
    func noNextCursor(style: PaginationStyle) {
        #expect(style.nextCursor(after: page(["a", "b"], hasMore: false)) == nil)
        #expect(style.nextCursor(after: Page<ListedItem>(items: [], hasMore: true)) == nil)
    }
}

/// One page of a listing: some of the items, and where the listing goes on.
///
/// The API lists files, batches, a response's input items and Anthropic-style models in pages. A page decodes
/// from both list bodies the gateway sends, OpenAI's and Anthropic's:
///
/// ```json
/// {"object": "list", "data": [{"id": "file-1"}, {"id": "file-2"}], "has_more": true,
///  "first_id": "file-1", "last_id": "file-2"}
/// ```
///
/// Listing operations hand out a ``PageSequence``, which fetches the pages as its items are read; its
/// ``PageSequence/pages`` gives the pages themselves, each with the cursor that continues after it:
///
/// ```swift
/// for try await page in listing.pages {
///     print(page.items.count, page.nextCursor ?? "last page")
/// }
/// ```
public struct Page<Item: Sendable>: Sendable {
    /// The items of this page, in the order the server sent them (`data`).
    public var items: [Item]
    /// Whether the server has more items after this page in the direction of listing (`has_more`).
    public var hasMore: Bool
    /// The id of the first item of this page, when the server names it (`first_id`).
    public var firstID: String?
    /// The id of the last item of this page, when the server names it (`last_id`).
    public var lastID: String?
    /// The cursor that fetches the page after this one, or `nil` when this is the last page.
    ///
    /// A decoded page that has more continues after ``lastID``, as OpenAI's listings and Anthropic's listings
    /// paging forward do. The listing operations set it for their own cursor style: from ``firstID`` when
    /// paging backward, and from the id of the last (or, backward, the first) item when the server names no
    /// ids.
    public var nextCursor: String?

    /// Creates a page.
    ///
    /// - Parameters:
    ///   - items: The items of the page.
    ///   - hasMore: Whether more items follow this page.
    ///   - firstID: The id of the first item, when known.
    ///   - lastID: The id of the last item, when known.
    ///   - nextCursor: The cursor of the next page, or `nil` when there is none.
    public init(
        items: [Item], hasMore: Bool, firstID: String? = nil, lastID: String? = nil, nextCursor: String? = nil
    ) {
        self.items = items
        self.hasMore = hasMore
        self.firstID = firstID
        self.lastID = lastID
        self.nextCursor = nextCursor
    }
}

extension Page: Equatable where Item: Equatable {}
extension Page: Hashable where Item: Hashable {}

extension Page: Decodable where Item: Decodable {
    private enum CodingKeys: String, CodingKey {
        case items = "data"
        case hasMore = "has_more"
        case firstID = "first_id"
        case lastID = "last_id"
    }

    /// Decodes a list body: `data` is required; a missing or `null` `has_more` means `false`, missing ids
    /// mean `nil`, and any other key, such as `object`, is ignored.
    ///
    /// ``nextCursor`` is ``lastID`` when the page has more, else `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decode([Item].self, forKey: .items)
        hasMore = try container.decodeIfPresent(Bool.self, forKey: .hasMore) ?? false
        firstID = try container.decodeIfPresent(String.self, forKey: .firstID)
        lastID = try container.decodeIfPresent(String.self, forKey: .lastID)
        nextCursor = hasMore ? lastID : nil
    }
}

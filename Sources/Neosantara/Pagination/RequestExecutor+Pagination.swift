extension RequestExecutor {
    /// The items of the listing at `route`, fetched page by page as they are read.
    ///
    /// Each page's request is `route` with the cursor and limit appended to its query, sent like any other
    /// call: with `options`, retried as the retry policy says, and decoded as a ``Page``, whose
    /// ``Page/nextCursor`` `style` then sets.
    ///
    /// - Parameters:
    ///   - route: The listing's route, with any filters already in its query.
    ///   - style: How the cursor is named, and which id continues a page.
    ///   - limit: The most items per page, or `nil` for the server's default.
    ///   - cursor: Where to start, or `nil` for the first page.
    ///   - options: Settings for every page's request.
    func list<Item: Decodable & Sendable & Identifiable>(
        _ route: Route,
        style: PaginationStyle,
        limit: Int?,
        cursor: String?,
        options: RequestOptions
    ) -> PageSequence<Item> where Item.ID == String {
        PageSequence(startingAt: cursor) { cursor throws(NeosantaraError) in
            try await page(route, style: style, limit: limit, cursor: cursor, options: options)
        }
    }

    /// The one page of the listing at `route` that starts at `cursor`, with its ``Page/nextCursor`` set as
    /// `style` says: what each step of ``list(_:style:limit:cursor:options:)`` fetches.
    func page<Item: Decodable & Sendable & Identifiable>(
        _ route: Route,
        style: PaginationStyle,
        limit: Int?,
        cursor: String?,
        options: RequestOptions
    ) async throws(NeosantaraError) -> APIResponse<Page<Item>> where Item.ID == String {
        var pageRoute = route
        pageRoute.query += style.queryItems(cursor: cursor, limit: limit)
        var response = try await send(pageRoute, options: options, as: Page<Item>.self)
        response.value.nextCursor = style.nextCursor(after: response.value)
        return response
    }
}

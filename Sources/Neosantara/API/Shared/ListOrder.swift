/// The order a listing returns its items in, by creation time. Any other string the server accepts decodes.
public struct ListOrder: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Oldest first.
    public static let ascending = Self(rawValue: "asc")
    /// Newest first: what the API does when no order is given.
    public static let descending = Self(rawValue: "desc")
}

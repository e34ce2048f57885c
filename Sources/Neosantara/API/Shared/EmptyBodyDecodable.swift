/// A response type that a `2xx` response with an empty body decodes as, such as the answer to a `DELETE`
/// some servers send as `204 No Content`.
protocol EmptyBodyDecodable: Decodable {
    /// The value an empty body stands for.
    static var emptyBody: Self { get }
}

extension Optional: EmptyBodyDecodable where Wrapped: Decodable {
    /// An empty body decodes as `nil`, so an operation can tell it from a body it got.
    static var emptyBody: Optional { nil }
}

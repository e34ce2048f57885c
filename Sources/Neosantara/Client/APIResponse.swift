import HTTPTypes

/// A decoded result together with the HTTP response it came in.
///
/// The result's own properties read straight through, so `reply.choices` means `reply.value.choices`, and
/// `batch.status` is the batch's status; the HTTP status is ``httpStatus``:
///
/// ```swift
/// let reply = try await client.chat.completions.create(model: "nusantara-base", messages: [.user("Halo")])
/// print(reply.choices.first?.message.content ?? "")
/// print(reply.httpStatus, reply.requestID, reply.headers[.init("X-Neosantara-Billed-IDR")!] ?? "")
/// ```
@dynamicMemberLookup
public struct APIResponse<Value: Sendable>: Sendable {
    /// The decoded result.
    public var value: Value
    /// The HTTP status. (Not `status`: that name reads through to the value, such as a batch's or a
    /// response's own status.)
    public var httpStatus: Int
    /// The response headers.
    public var headers: HTTPFields
    /// The request id: the server's `x-request-id` when it sent one, else the one the SDK sent.
    public var requestID: String

    /// Creates a response.
    public init(value: Value, httpStatus: Int, headers: HTTPFields, requestID: String) {
        self.value = value
        self.httpStatus = httpStatus
        self.headers = headers
        self.requestID = requestID
    }

    /// Reads a property of ``value``.
    public subscript<Property>(dynamicMember keyPath: KeyPath<Value, Property>) -> Property {
        value[keyPath: keyPath]
    }
}

extension APIResponse: Equatable where Value: Equatable {}
extension APIResponse: Hashable where Value: Hashable {}

import HTTPTypes

/// A decoded result together with the HTTP response it came in.
///
/// The result's own properties read straight through, so `reply.choices` means `reply.value.choices`:
///
/// ```swift
/// let reply = try await client.chat.completions.create(model: "nusantara-base", messages: [.user("Halo")])
/// print(reply.choices.first?.message.content ?? "")
/// print(reply.status, reply.requestID, reply.headers[.init("X-Neosantara-Billed-IDR")!] ?? "")
/// ```
@dynamicMemberLookup
public struct APIResponse<Value: Sendable>: Sendable {
    /// The decoded result.
    public var value: Value
    /// The HTTP status.
    public var status: Int
    /// The response headers.
    public var headers: HTTPFields
    /// The request id: the server's `x-request-id` when it sent one, else the one the SDK sent.
    public var requestID: String

    /// Creates a response.
    public init(value: Value, status: Int, headers: HTTPFields, requestID: String) {
        self.value = value
        self.status = status
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

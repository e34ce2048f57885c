import Foundation
import HTTPTypes
import Neosantara

/// What a default reply needs beyond the request: the request id, a per-server sequence number for ids, and
/// the time.
struct ReplyContext: Sendable {
    /// The request id: the client's `x-request-id`, or one the server made up.
    var requestID: String
    /// The number of the request on this server, from 1; ids such as `chatcmpl-test-3` use it.
    var sequence: Int
    /// When the request arrived.
    var now: Date

    static let requestIDField = HTTPField.Name("x-request-id")!

    /// `created`, in whole seconds since 1970.
    var created: Int { Int(now.timeIntervalSince1970) }

    /// The gateway's `_metadata` for a response.
    var metadata: Metadata {
        Metadata(creator: "NeosantaraTesting", status: true, timestamp: now, requestID: requestID)
    }

    /// The headers every default reply carries.
    var headers: HTTPFields { [Self.requestIDField: requestID] }

    /// `value` as a 200 JSON reply with the context's headers.
    func json(_ value: some Encodable) -> Reply {
        do {
            return .json(try WireJSON.encode(value), headers: headers)
        } catch {
            return APIErrorReply.reply(.internalServerError, APIError(message: "The reply did not encode: \(error)"))
        }
    }
}

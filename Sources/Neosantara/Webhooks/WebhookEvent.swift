import Foundation

/// A verified webhook delivery: what happened, and to which response or batch.
///
/// Both shapes the gateway sends decode: the event envelope
/// (`{"object":"event","id":"evt_…","type":"response.completed","created_at":…,"data":{"id":"resp_…"}}`) and the
/// flat background-response shape (`{"event":"response.completed","id":"resp_…","status":…,"output_text":…}`).
public struct WebhookEvent: Hashable, Sendable {
    /// The event's id (`evt_…`); `nil` in the flat shape, whose `id` is the response's.
    public var id: String?
    /// The event's type, such as `response.completed`.
    public var type: String
    /// When the event happened, in seconds since 1970.
    public var createdAt: Int?
    /// The object the event is about: the envelope's `data`, or the whole flat payload.
    public var data: JSONValue

    /// Creates an event.
    public init(id: String? = nil, type: String, createdAt: Int? = nil, data: JSONValue) {
        self.id = id
        self.type = type
        self.createdAt = createdAt
        self.data = data
    }

    /// What the event says, typed.
    public enum Kind: Hashable, Sendable {
        /// `response.completed`, with the response as the payload describes it (at least its id).
        case responseCompleted(Response)
        /// `response.failed`.
        case responseFailed(Response)
        /// `response.cancelled`.
        case responseCancelled(Response)
        /// `response.incomplete`.
        case responseIncomplete(Response)
        /// `batch.completed`, with the batch's id.
        case batchCompleted(batchID: String)
        /// `batch.failed`.
        case batchFailed(batchID: String)
        /// `batch.cancelled`.
        case batchCancelled(batchID: String)
        /// `batch.expired`.
        case batchExpired(batchID: String)
        /// Any other type, or a payload without the object's id; read ``WebhookEvent/data``.
        case unknown
    }

    /// What the event says: the response or batch it is about, by type.
    public var kind: Kind {
        let objectID = data["id"]?.stringValue
        if type.hasPrefix("response."), objectID != nil,
            let response = try? JSONDecoder().decode(Response.self, from: JSONEncoder().encode(data))
        {
            switch type {
            case "response.completed": return .responseCompleted(response)
            case "response.failed": return .responseFailed(response)
            case "response.cancelled": return .responseCancelled(response)
            case "response.incomplete": return .responseIncomplete(response)
            default: return .unknown
            }
        }
        guard let objectID else { return .unknown }
        switch type {
        case "batch.completed": return .batchCompleted(batchID: objectID)
        case "batch.failed": return .batchFailed(batchID: objectID)
        case "batch.cancelled": return .batchCancelled(batchID: objectID)
        case "batch.expired": return .batchExpired(batchID: objectID)
        default: return .unknown
        }
    }

    /// The response's text, when the payload carries it (the flat shape's `output_text`).
    public var outputText: String? {
        data["output_text"]?.stringValue
    }

    /// Decodes either shape from a verified payload.
    static func decode(_ payload: Data) throws(NeosantaraError) -> WebhookEvent {
        guard let json = try? JSONDecoder().decode(JSONValue.self, from: payload), let members = json.objectValue else {
            throw NeosantaraError(kind: .decoding, message: "the verified webhook payload is not a JSON object")
        }
        if let type = members["type"]?.stringValue, let data = members["data"] {
            return WebhookEvent(
                id: members["id"]?.stringValue, type: type, createdAt: members["created_at"]?.intValue, data: data)
        }
        if let type = members["event"]?.stringValue {
            return WebhookEvent(type: type, createdAt: members["created_at"]?.intValue, data: json)
        }
        throw NeosantaraError(
            kind: .decoding, message: "the verified webhook payload has neither `type` and `data` nor `event`")
    }
}

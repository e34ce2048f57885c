/// One event of a server-sent-events stream (`text/event-stream`).
///
/// ``ServerSentEventParser`` produces these from the bytes of a response body.
public struct ServerSentEvent: Hashable, Sendable {
    /// The event type from an `event:` line, or `nil` for the default type, `message`.
    public var event: String?
    /// The text of the event's `data:` lines, joined with newlines.
    public var data: String
    /// The last event id the stream set with an `id:` line, on this event or an earlier one; `nil` when none
    /// was set or it was reset.
    public var id: String?
    /// The reconnection time in milliseconds from a `retry:` line of this event, when it had one.
    public var retry: Int?

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

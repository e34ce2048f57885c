import Neosantara

extension NeosantaraTestServer {
    /// The responses the server stores, oldest first, as `GET /v1/responses/{id}` would show each now:
    /// created without `store: false`, and not deleted.
    public var storedResponses: [Neosantara.Response] {
        responses.all
    }

    /// How a background response (`"background": true`) moves from `queued` through `in_progress` to
    /// finished: by the fetches (`GET /v1/responses/{id}`) it receives, so that a test sets the pace without
    /// sleeping.
    ///
    /// `POST /v1/responses` answers `queued`. Each fetch then first spends one of ``fetchesWhileQueued``, or
    /// else moves the response to `in_progress`; in progress, it spends one of ``fetchesWhileInProgress``, or
    /// else finishes the response. With the defaults the first fetch sees `in_progress` and the second the
    /// finished response. `POST /v1/responses/{id}/cancel` cancels it at any point before it finishes.
    public struct BackgroundSchedule: Hashable, Sendable {
        /// The fetches that still see `queued`. Defaults to 0.
        public var fetchesWhileQueued: Int
        /// The fetches that see `in_progress`. Defaults to 1.
        public var fetchesWhileInProgress: Int

        /// Creates a schedule.
        public init(fetchesWhileQueued: Int = 0, fetchesWhileInProgress: Int = 1) {
            self.fetchesWhileQueued = fetchesWhileQueued
            self.fetchesWhileInProgress = fetchesWhileInProgress
        }
    }
}

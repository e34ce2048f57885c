import Foundation

extension NeosantaraTestServer {
    /// Where the server delivers webhook events, and the secret it signs them with.
    ///
    /// ```swift
    /// var configuration = NeosantaraTestServer.Configuration()
    /// configuration.webhook = .init(url: endpoint.appendingPathComponent("hooks"), secret: "whsec_…")
    /// ```
    ///
    /// When a background response finishes (on the fetch that completes it, or on cancel), the server POSTs
    /// a `response.completed`, `response.failed`, `response.incomplete` or `response.cancelled` event envelope
    /// (`{"object":"event","id":"evt_test_…","type":…,"created_at":…,"data":{"id":"resp_…"}}`) to ``url``;
    /// when a batch ends (completed, failed, expired or cancelled, by whichever step, cancel or
    /// ``NeosantaraTestServer/expireBatch(_:)`` ends it), a `batch.completed`, `batch.failed`,
    /// `batch.expired` or `batch.cancelled` envelope with `"data":{"id":"batch_…"}`,
    /// signed after the Standard Webhooks scheme with `webhook-id`, `webhook-timestamp` and
    /// `webhook-signature`, as the gateway signs them; `Webhooks` (in Neosantara) verifies it. Delivery is
    /// attempted once, in the background.
    public struct WebhookEndpoint: Hashable, Sendable {
        /// The endpoint's URL.
        public var url: URL
        /// The signing secret, `whsec_` and base64, or any other string used as its bytes.
        public var secret: String

        /// Creates an endpoint.
        public init(url: URL, secret: String) {
            self.url = url
            self.secret = secret
        }
    }
}

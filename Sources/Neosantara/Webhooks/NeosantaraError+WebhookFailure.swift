extension NeosantaraError {
    /// Which check a ``NeosantaraError/Kind/webhookVerification`` error failed.
    ///
    /// Failures are static members rather than enum cases, so that a new one is not a breaking change. No
    /// message ever holds the secret or a signature.
    public struct WebhookFailure: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The failure's name, for example `signatureMismatch`.
        public var description: String { name }

        /// A `webhook-id`, `webhook-timestamp` or `webhook-signature` header is missing or empty.
        public static let missingHeader = WebhookFailure("missingHeader")
        /// `webhook-timestamp` is not a whole number of seconds since 1970.
        public static let invalidTimestamp = WebhookFailure("invalidTimestamp")
        /// The timestamp is older than the tolerance: a delivery replayed, or one delayed too long.
        public static let staleTimestamp = WebhookFailure("staleTimestamp")
        /// The timestamp is further in the future than the tolerance.
        public static let futureTimestamp = WebhookFailure("futureTimestamp")
        /// `webhook-signature` holds no `v1,<base64>` signature.
        public static let malformedSignature = WebhookFailure("malformedSignature")
        /// No signature matches: the payload was changed, or it was signed with another secret.
        public static let signatureMismatch = WebhookFailure("signatureMismatch")
        /// The secret starts with `whsec_` but the rest is not base64.
        public static let invalidSecret = WebhookFailure("invalidSecret")
    }

    /// A webhook verification error of `failure`, with `message`.
    static func webhook(_ failure: WebhookFailure, _ message: String) -> NeosantaraError {
        NeosantaraError(kind: .webhookVerification, message: message, webhookFailure: failure)
    }
}

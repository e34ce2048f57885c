import Crypto
import Foundation
import HTTPTypes

/// Verifies webhook deliveries, as the Standard Webhooks scheme the gateway signs them with says, and turns
/// them into typed events.
///
/// ```swift
/// let webhooks = Webhooks(secret: "whsec_…")
/// let event = try webhooks.unwrap(payload: body, headers: request.headers)   // throws unless it verifies
/// if case .responseCompleted(let response) = event.kind {
///     print("done:", response.id)
/// }
/// ```
///
/// A delivery carries `webhook-id`, `webhook-timestamp` (seconds since 1970) and `webhook-signature`: one or
/// more space-separated `v1,<base64>` signatures, each an HMAC-SHA256 of `<id>.<timestamp>.<payload>` under
/// the secret. A secret that starts with `whsec_` is base64 after the prefix; any other is used as its UTF-8
/// bytes (unpadded base64 is accepted). Verification fails, with a ``NeosantaraError/Kind/webhookVerification`` error whose
/// ``NeosantaraError/webhookFailure`` says why, when a header is missing, the timestamp is further than
/// ``tolerance`` from now either way, or no signature matches; signatures are compared in constant time, and
/// no error holds the secret.
public struct Webhooks: Sendable {
    /// How far the timestamp may be from now, either way. Defaults to 5 minutes.
    public var tolerance: Duration
    /// The current time; tests set a fixed one.
    public var now: @Sendable () -> Date

    private let secret: String

    /// Creates a verifier for `secret`, the endpoint's signing secret.
    ///
    /// - Parameters:
    ///   - secret: The signing secret, usually `whsec_` and base64.
    ///   - tolerance: How far a delivery's timestamp may be from now.
    ///   - now: The current time.
    public init(secret: String, tolerance: Duration = .seconds(300), now: @escaping @Sendable () -> Date = Date.init) {
        self.secret = secret
        self.tolerance = tolerance
        self.now = now
    }

    /// Checks that `payload` is a delivery signed with the secret, recently.
    ///
    /// - Parameters:
    ///   - payload: The request body, byte for byte as it arrived.
    ///   - headers: The request headers; names are matched without regard to case.
    /// - Throws: A ``NeosantaraError/Kind/webhookVerification`` error.
    public func verify(payload: Data, headers: [String: String]) throws(NeosantaraError) {
        let lowercased = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        try verify(payload: payload) { lowercased[$0] }
    }

    /// Checks that `payload` is a delivery signed with the secret, recently, with headers as `HTTPFields`.
    public func verify(payload: Data, headers: HTTPFields) throws(NeosantaraError) {
        try verify(payload: payload) { name in HTTPField.Name(name).flatMap { headers[$0] } }
    }

    /// Verifies `payload` and decodes it as a ``WebhookEvent``.
    ///
    /// - Throws: A ``NeosantaraError/Kind/webhookVerification`` error, or ``NeosantaraError/Kind/decoding``
    ///   when a verified payload is not an event.
    public func unwrap(payload: Data, headers: [String: String]) throws(NeosantaraError) -> WebhookEvent {
        try verify(payload: payload, headers: headers)
        return try WebhookEvent.decode(payload)
    }

    /// Verifies `payload` and decodes it as a ``WebhookEvent``, with headers as `HTTPFields`.
    public func unwrap(payload: Data, headers: HTTPFields) throws(NeosantaraError) -> WebhookEvent {
        try verify(payload: payload, headers: headers)
        return try WebhookEvent.decode(payload)
    }

    /// The `webhook-signature` value for `payload` delivered as `id` at `timestamp`: `v1,<base64>`.
    ///
    /// The test server signs its deliveries with it; a real endpoint only verifies.
    public func signature(payload: Data, id: String, timestamp: Int) throws(NeosantaraError) -> String {
        let code = HMAC<SHA256>.authenticationCode(
            for: Self.signedContent(payload, id: id, timestamp: timestamp), using: try key())
        return "v1," + Data(code).base64EncodedString()
    }

    private func verify(payload: Data, header: (String) -> String?) throws(NeosantaraError) {
        func required(_ name: String) throws(NeosantaraError) -> String {
            guard let value = header(name)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                throw .webhook(.missingHeader, "the delivery has no `\(name)` header")
            }
            return value
        }
        let id = try required("webhook-id")
        let timestampText = try required("webhook-timestamp")
        let signatures = try required("webhook-signature")
        guard let timestamp = Int(timestampText) else {
            throw .webhook(.invalidTimestamp, "`webhook-timestamp` is not a whole number of seconds")
        }
        let age = now().timeIntervalSince1970 - Double(timestamp)
        let limit = Double(tolerance.components.seconds) + Double(tolerance.components.attoseconds) / 1e18
        if age > limit {
            throw .webhook(
                .staleTimestamp,
                "the delivery is \(Self.seconds(age)) s old, more than the \(Self.seconds(limit)) s tolerance")
        }
        if -age > limit {
            throw .webhook(
                .futureTimestamp,
                "the delivery is dated \(Self.seconds(-age)) s ahead, more than the \(Self.seconds(limit)) s tolerance"
            )
        }
        let candidates = signatures.split(separator: " ").compactMap { entry -> Data? in
            guard entry.hasPrefix("v1,") else { return nil }
            return Data(base64Encoded: String(entry.dropFirst(3)))
        }
        guard !candidates.isEmpty else {
            throw .webhook(.malformedSignature, "`webhook-signature` holds no `v1,<base64>` signature")
        }
        let key = try key()
        let content = Self.signedContent(payload, id: id, timestamp: timestamp)
        // Every candidate is checked, each in constant time, so the time taken says nothing about which matched.
        var matched = false
        for candidate in candidates {
            matched = HMAC<SHA256>.isValidAuthenticationCode(candidate, authenticating: content, using: key) || matched
        }
        guard matched else {
            throw .webhook(
                .signatureMismatch,
                "no signature matches: the payload was changed, or signed with another secret than this endpoint's")
        }
    }

    private func key() throws(NeosantaraError) -> SymmetricKey {
        guard secret.hasPrefix("whsec_") else { return SymmetricKey(data: Data(secret.utf8)) }
        var base64 = String(secret.dropFirst("whsec_".count))
        // Unpadded base64 is accepted, as the Standard Webhooks libraries accept it.
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let bytes = Data(base64Encoded: base64) else {
            throw .webhook(.invalidSecret, "the secret starts with `whsec_` but the rest is not base64")
        }
        return SymmetricKey(data: bytes)
    }

    /// A number of seconds as a whole number, for a message: `Int(_:)` would trap on the ages past `Int.max`
    /// that a timestamp near `Int.min` gives.
    private static func seconds(_ value: Double) -> String {
        value.magnitude < 1e18 ? String(Int(value)) : String(format: "%.3g", value)
    }

    private static func signedContent(_ payload: Data, id: String, timestamp: Int) -> Data {
        Data("\(id).\(timestamp).".utf8) + payload
    }
}

import Foundation
import HTTPTypes
import Testing

@testable import Neosantara

/// The retry decision and the backoff arithmetic, without a server.
@Suite("Retry policy")
struct RetryPolicyTests {
    static func httpError(_ status: Int, headers: HTTPFields = [:], body: String? = nil) -> NeosantaraError {
        let data = Data((body ?? #"{"error":{"message":"status \#(status)"}}"#).utf8)
        return ErrorDecoder.httpError(status: status, headers: headers, body: data, requestID: "req_1")
    }

    @Test("The default policy: 3 attempts, 0.5 s doubling to 8 s, a quarter of jitter, server waits up to 60 s")
    func defaults() {
        let policy = RetryPolicy.default
        #expect(policy.maxAttempts == 3)
        #expect(policy.backoff.initialDelay == .milliseconds(500))
        #expect(policy.backoff.multiplier == 2)
        #expect(policy.backoff.maximumDelay == .seconds(8))
        #expect(policy.backoff.jitter == 0.25)
        #expect(policy.maxElapsedTime == nil)
        #expect(policy.retryConnectionErrors)
        #expect(policy.maximumRetryAfter == .seconds(60))
        #expect(NeosantaraClient.Configuration(apiKey: nil).retry == .default)
        #expect(RetryPolicy.disabled.maxAttempts == 1)
    }

    @Test("Without jitter the waits double from 0.5 s and stop at 8 s")
    func exponentialGrowth() {
        let backoff = RetryPolicy.Backoff.default
        let waits = (1...7).map { backoff.delay(beforeRetry: $0, random: 0) }
        #expect(waits == [.seconds(0.5), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8)])
    }

    @Test("Jitter only shortens a wait, by at most a quarter", arguments: 1...6)
    func jitterBounds(retry: Int) {
        let backoff = RetryPolicy.Backoff.default
        let base = backoff.delay(beforeRetry: retry, random: 0)
        #expect(backoff.delay(beforeRetry: retry, random: 0.5) == base * 0.875)
        for _ in 0..<200 {
            let wait = backoff.delay(beforeRetry: retry, random: .random(in: 0..<1))
            #expect(wait <= base)
            #expect(wait > base * 0.75)
        }
    }

    @Test("Out-of-range knobs are clamped rather than producing negative or shrinking waits")
    func clampedKnobs() {
        let odd = RetryPolicy.Backoff(initialDelay: .seconds(1), multiplier: 0.5, maximumDelay: .seconds(10), jitter: 3)
        #expect(odd.delay(beforeRetry: 3, random: 0) == .seconds(1))
        #expect(odd.delay(beforeRetry: 3, random: 0.99) >= .zero)
        #expect(odd.delay(beforeRetry: 0, random: 0) == .seconds(1))
    }

    @Test("Retried statuses", arguments: [408, 409, 429, 500, 502, 503, 504, 599])
    func retriedStatus(status: Int) {
        #expect(RetryPolicy.default.isRetryable(Self.httpError(status)))
    }

    @Test("Statuses never retried without x-should-retry", arguments: [400, 401, 402, 403, 404, 422, 418])
    func finalStatus(status: Int) {
        #expect(!RetryPolicy.default.isRetryable(Self.httpError(status)))
    }

    @Test("x-should-retry overrides the status, in any case")
    func shouldRetryHeader() {
        let name = HTTPField.Name("x-should-retry")!
        #expect(RetryPolicy.default.isRetryable(Self.httpError(400, headers: [name: "true"])))
        #expect(RetryPolicy.default.isRetryable(Self.httpError(401, headers: [name: " TRUE "])))
        #expect(!RetryPolicy.default.isRetryable(Self.httpError(503, headers: [name: "false"])))
        #expect(!RetryPolicy.default.isRetryable(Self.httpError(429, headers: [name: "False"])))
        #expect(RetryPolicy.default.isRetryable(Self.httpError(503, headers: [name: "maybe"])))
    }

    @Test("Connection errors and timeouts are retried unless retryConnectionErrors is off")
    func connectionErrors() {
        let connection = NeosantaraError(kind: .connection, message: "refused")
        let timeout = NeosantaraError(kind: .timeout, message: "slow", timeoutKind: .request)
        #expect(RetryPolicy.default.isRetryable(connection))
        #expect(RetryPolicy.default.isRetryable(timeout))
        let strict = RetryPolicy(retryConnectionErrors: false)
        #expect(!strict.isRetryable(connection))
        #expect(!strict.isRetryable(timeout))
        #expect(strict.isRetryable(Self.httpError(503)))
    }

    @Test("Failures that another attempt cannot fix are not retried")
    func neverRetried() {
        let header = HTTPField.Name("x-should-retry")!
        for kind in [NeosantaraError.Kind.cancelled, .invalidRequest, .missingAPIKey, .decoding, .responseTooLarge] {
            #expect(!RetryPolicy.default.isRetryable(NeosantaraError(kind: kind, message: "")))
            #expect(
                !RetryPolicy.default.isRetryable(
                    NeosantaraError(kind: kind, message: "", status: 200, headers: [header: "true"])))
        }
    }

    @Test("A server's wait replaces the backoff when it is at most 60 s")
    func serverWait() {
        let policy = RetryPolicy.default
        func wait(_ headers: HTTPFields, body: String? = nil) -> Duration {
            policy.delay(beforeRetry: 1, after: Self.httpError(429, headers: headers, body: body), random: 0)
        }
        let retryAfter = HTTPField.Name("retry-after")!
        let retryAfterMS = HTTPField.Name("retry-after-ms")!
        #expect(wait([retryAfter: "7"]) == .seconds(7))
        #expect(wait([retryAfter: "0"]) == .zero)
        #expect(wait([retryAfter: "60"]) == .seconds(60))
        #expect(wait([retryAfterMS: "250"]) == .milliseconds(250))
        #expect(wait([retryAfterMS: "1500", retryAfter: "9"]) == .milliseconds(1500))
        let inTenSeconds = Date().addingTimeInterval(10)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let dated = wait([retryAfter: formatter.string(from: inTenSeconds)])
        #expect(dated > .seconds(8) && dated <= .seconds(10))
        #expect(wait([:], body: #"{"error":{"message":"slow","details":{"retry_after":3}}}"#) == .seconds(3))
        // Too long, or unreadable: the backoff decides.
        #expect(wait([retryAfter: "61"]) == .milliseconds(500))
        #expect(wait([retryAfter: "soon"]) == .milliseconds(500))
        #expect(wait([:]) == .milliseconds(500))
        var patient = policy
        patient.maximumRetryAfter = .seconds(120)
        #expect(
            patient.delay(beforeRetry: 1, after: Self.httpError(429, headers: [retryAfter: "90"]), random: 0)
                == .seconds(90))
    }

    @Test("The TypeScript SDK's backoff knobs map onto the policy")
    func typeScriptBackoff() {
        let policy = RetryPolicy.backoff()
        #expect(policy.backoff.initialDelay == .milliseconds(500))
        #expect(policy.backoff.maximumDelay == .seconds(60))
        #expect(policy.backoff.multiplier == 1.5)
        #expect(policy.maxElapsedTime == .seconds(3600))
        #expect(policy.retryConnectionErrors)
        #expect(policy.maxAttempts == .max)
        let waits = (1...3).map { policy.backoff.delay(beforeRetry: $0, random: 0) }
        #expect(waits == [.milliseconds(500), .milliseconds(750), .milliseconds(1125)])
        let custom = RetryPolicy.backoff(
            initialInterval: .milliseconds(100), maxInterval: .seconds(1), exponent: 3, maxElapsedTime: .seconds(5),
            retryConnectionErrors: false)
        #expect(custom.backoff.delay(beforeRetry: 4, random: 0) == .seconds(1))
        #expect(!custom.retryConnectionErrors)
        #expect(custom.maxElapsedTime == .seconds(5))
    }

    @Test("The TypeScript SDK's RetryConfig JSON decodes")
    func decodesRetryConfig() throws {
        let json = """
            {"strategy":"backoff","backoff":{"initialInterval":200,"maxInterval":30000,"exponent":2,\
            "maxElapsedTime":120000},"retryConnectionErrors":false}
            """
        let policy = try JSONDecoder().decode(RetryPolicy.self, from: Data(json.utf8))
        #expect(
            policy
                == .backoff(
                    initialInterval: .milliseconds(200), maxInterval: .seconds(30), exponent: 2,
                    maxElapsedTime: .seconds(120), retryConnectionErrors: false))
        let none = try JSONDecoder().decode(RetryPolicy.self, from: Data(#"{"strategy":"none"}"#.utf8))
        #expect(none == .disabled)
        let bare = try JSONDecoder().decode(RetryPolicy.self, from: Data(#"{"strategy":"backoff"}"#.utf8))
        #expect(bare == .backoff())
    }

    @Test("Flat fields, a null time limit and the Swift extras decode")
    func decodesVariants() throws {
        let flat = try JSONDecoder().decode(
            RetryPolicy.self,
            from: Data(#"{"strategy":"backoff","initialInterval":50,"exponent":3,"maxElapsedTime":null}"#.utf8))
        #expect(flat.backoff.initialDelay == .milliseconds(50))
        #expect(flat.backoff.multiplier == 3)
        #expect(flat.maxElapsedTime == nil)
        let extras = try JSONDecoder().decode(
            RetryPolicy.self,
            from: Data(#"{"strategy":"backoff","maxAttempts":4,"jitter":0,"maxRetryAfter":5000}"#.utf8))
        #expect(extras.maxAttempts == 4)
        #expect(extras.backoff.jitter == 0)
        #expect(extras.maximumRetryAfter == .seconds(5))
    }

    @Test(
        "Bad RetryConfig JSON fails with a message naming the field",
        arguments: [
            (#"{"strategy":"linear"}"#, #"strategy must be "backoff" or "none", not "linear""#),
            (
                #"{"strategy":"backoff","backoff":{"initialInterval":-1}}"#,
                "initialInterval must be a number of milliseconds"
            ),
            (#"{"strategy":"backoff","exponent":0}"#, "exponent must be positive"),
            (#"{"strategy":"backoff","maxAttempts":0}"#, "maxAttempts must be 1 or more"),
            (#"{"strategy":"backoff","jitter":1.5}"#, "jitter must be between 0 and 1"),
        ])
    func rejectsBadConfig(json: String, message: String) {
        #expect {
            try JSONDecoder().decode(RetryPolicy.self, from: Data(json.utf8))
        } throws: { error in
            guard case .dataCorrupted(let context) = error as? DecodingError else { return false }
            return context.debugDescription.contains(message)
        }
    }

    @Test("A policy survives encoding and decoding", arguments: [RetryPolicy.default, .disabled, .backoff()])
    func roundTrip(policy: RetryPolicy) throws {
        var custom = policy
        if custom.maxAttempts > 1 {
            custom.backoff.jitter = 0.1
            custom.maximumRetryAfter = .seconds(30)
        }
        let data = try JSONEncoder().encode(custom)
        #expect(try JSONDecoder().decode(RetryPolicy.self, from: data) == custom)
    }

    @Test("A policy encodes in the TypeScript SDK's shape")
    func encodesRetryConfig() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let disabled = String(decoding: try encoder.encode(RetryPolicy.disabled), as: UTF8.self)
        #expect(disabled == #"{"strategy":"none"}"#)
        let json = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(RetryPolicy.default))
        #expect(json["strategy"] == "backoff")
        #expect(json["backoff"]?["initialInterval"] == 500)
        #expect(json["backoff"]?["maxInterval"] == 8000)
        #expect(json["backoff"]?["exponent"] == 2)
        #expect(json["backoff"]?["maxElapsedTime"] == .null)
        #expect(json["retryConnectionErrors"] == true)
        #expect(json["maxAttempts"] == 3)
    }
}

import Foundation
import HTTPTypes
import Logging
import Testing

@testable import Neosantara

/// The inputs the property tests (Tests/NeosantaraTests/Properties) found, and those their generators
/// showed would crash, each pinned as an example.
@Suite("Inputs the property tests found")
struct PropertyFindingsTests {
    @Test("A timestamp with milliseconds encodes back to the same text, not a millisecond earlier")
    func timestampMilliseconds() throws {
        for text in ["2025-06-15T15:06:40.002Z", "2033-09-29T02:24:53.118Z", "1969-12-31T23:59:59.500Z"] {
            let metadata = try decode(Metadata.self, from: ["timestamp": .string(text)])
            #expect(try encodedJSON(metadata)["timestamp"] == .string(text))
        }
        let withOffset = try decode(Metadata.self, from: ["timestamp": "2025-06-21T07:00:00.25+07:00"])
        #expect(withOffset.timestamp == Date(timeIntervalSince1970: 1_750_464_000.25))
        #expect(ISO8601Date.parse("2025-06-21T00:00:00.Z") == nil)
    }

    @Test("An echoed key is taken out of an error's request id, parameter and every part of its API error")
    func errorParts() {
        let key = "nsk_PpUZRhIsHUeFKXdjzfdpd4of3Kjk6S0KfyYoDhrrd9gk"
        let error = NeosantaraError(
            kind: .authentication, message: "Invalid key \(key)", status: 401, requestID: key,
            apiError: APIError(
                message: key, type: .init(rawValue: key), code: .init(rawValue: key), param: key,
                details: ["key": .string(key), key: [.string("x \(key)")]]),
            parameter: key, codingPath: "messages.\(key)", modelOutput: "the key is \(key)")
        let redacted = Redactor(apiKey: APIKey(key)).redact(error)
        var dumped = ""
        dump(redacted, to: &dumped)
        for text in [redacted.description, String(reflecting: redacted), dumped] {
            #expect(!text.contains(key), "\(text)")
        }
        #expect(redacted.requestID == "<redacted>")
        #expect(redacted.apiError?.details == ["key": "<redacted>", "<redacted>": ["x <redacted>"]])
    }

    @Test("A key across the cut of a long logged body leaves no part of it behind")
    func keyAcrossBodyCut() {
        let key = "sk-Y2ZFQuA9OX3gTCw7aoY6soI6jdp6Kqf6LqsivcI"
        let body = String(repeating: "a", count: Redactor.bodyLimit - 20) + key + " and more"
        let logged = Redactor(apiKey: APIKey(key)).metadata(forBody: Data(body.utf8)).description
        #expect(!logged.contains(key.prefix(12)), "\(logged.suffix(80))")
        #expect(logged.hasSuffix("(\(body.utf8.count) bytes in all)"))
    }

    @Test("Invalid UTF-8 counts toward the event size limit as the replacement characters it becomes")
    func eventSizeOfInvalidBytes() {
        var parser = ServerSentEventParser(maximumEventSize: 16)
        let bytes = Array("data:".utf8) + [UInt8](repeating: 0xFF, count: 8) + Array("\n\n".utf8)
        #expect(throws: NeosantaraError.self) { try parser.parse(bytes) }
    }

    @Test("No wait passes the maximum, a zero initial wait stays zero however many retries, NaN settings are safe")
    func backoffEdges() {
        let rounding = RetryPolicy.Backoff(
            initialDelay: .milliseconds(2960), multiplier: 1.5, maximumDelay: .milliseconds(37505), jitter: 0.5)
        #expect(rounding.delay(beforeRetry: 2000, random: 0) == .milliseconds(37505))
        let zero = RetryPolicy.Backoff(initialDelay: .zero, multiplier: 2, maximumDelay: .seconds(8))
        #expect(zero.delay(beforeRetry: 5000, random: 0.5) == .zero)
        let nonsense = RetryPolicy.Backoff(
            initialDelay: .seconds(1), multiplier: .nan, maximumDelay: .seconds(8), jitter: .nan)
        #expect(nonsense.delay(beforeRetry: 3, random: .nan) == .seconds(1))
    }

    /// The wait `value` in header `name` asks for.
    private static func wait(_ name: String, _ value: String) -> Duration? {
        var fields = HTTPFields()
        fields[HTTPField.Name(name)!] = value
        return RetryAfter.parse(fields)
    }

    @Test("Retry-After: infinite and NaN numbers are no wait, huge ones saturate, fractions round to the millisecond")
    func retryAfterNumbers() throws {
        for garbage in ["inf", "nan", "1e400", "-inf"] {
            #expect(Self.wait("retry-after", garbage) == nil, "\(garbage)")
            #expect(Self.wait("retry-after-ms", garbage) == nil, "\(garbage)")
        }
        #expect(Self.wait("retry-after", "1e300") == .milliseconds(Int64.max))
        #expect(Self.wait("retry-after-ms", "1e300") == .milliseconds(Int64.max))
        #expect(Self.wait("retry-after", "1.005") == .milliseconds(1005))
        let details = try decode(APIError.self, from: ["message": "slow", "details": ["retry_after": 1e300]])
        #expect(
            NeosantaraError(kind: .rateLimited, message: "slow", apiError: details).retryAfter
                == .milliseconds(Int64.max))
    }

    @Test("Whole numbers too large for Int are decoding errors, not crashes; those that fit are read exactly")
    func wholeNumbers() throws {
        #expect(try decode(ImagesResponse.self, from: ["created": .int(.max), "data": []]).created == .max)
        #expect(try decode(ImagesResponse.self, from: ["created": 1.5, "data": []]).created == 1)
        #expect(throws: DecodingError.self) { try decode(ImagesResponse.self, from: ["created": 1e300, "data": []]) }
        #expect(throws: DecodingError.self) { try decode(Response.self, from: ["id": "r", "created_at": 1e300]) }
        #expect(throws: DecodingError.self) { try decode(EvaluationUsage.self, from: ["input_tokens": 1e300]) }
        let video = try decode(
            Video.self, from: ["id": "v", "created_at": 1, "status": "queued", "model": "m", "seconds": 1e300])
        #expect(video.seconds == "1e+300")
    }

    @Test("Token and request counts that overflow when added saturate instead of crashing")
    func countOverflow() throws {
        let usage = try decode(ResponseUsage.self, from: ["input_tokens": .int(.max), "output_tokens": 1])
        #expect(usage.totalTokens == .max)
        #expect(BatchRequestCounts(total: 1, completed: .max, failed: 1).finished == .max)
    }

    @Test("A retry policy's whole milliseconds survive its JSON exactly; a wait too long for a Duration is an error")
    func retryPolicyMilliseconds() throws {
        var policy = RetryPolicy(maxAttempts: 19, maximumRetryAfter: .milliseconds(2_921_930))
        policy.backoff.initialDelay = .milliseconds(8_374_049)
        let json = try JSONEncoder().encode(policy)
        #expect(try JSONDecoder().decode(RetryPolicy.self, from: json) == policy)
        let huge = Data(#"{"strategy":"backoff","backoff":{"initialInterval":1e300}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RetryPolicy.self, from: huge) }
    }
}

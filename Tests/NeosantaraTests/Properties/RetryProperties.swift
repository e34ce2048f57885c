import Foundation
import HTTPTypes
import PropertyBased
import Testing

@testable import Neosantara

extension PropertyTests {
    /// Laws of the waits between attempts: the backoff stays within its bounds and its documented jitter, and
    /// `Retry-After` parsing reads every form a server sends, rejects garbage and never gives a negative wait.
    @Suite("Properties: backoff and Retry-After")
    struct RetryProperties {
        /// A backoff, a retry number and a jitter draw, including nonsense a configuration may hold.
        struct BackoffCase: Sendable {
            var backoff: RetryPolicy.Backoff
            var retry: Int
            var random: Double
        }

        static let backoffCases = drawing { draw in
            BackoffCase(
                backoff: RetryPolicy.Backoff(
                    initialDelay: .milliseconds(
                        draw.oneOf { _ in
                            0
                        } _: {
                            $0.int(in: 0...10_000)
                        } _: {
                            $0.int(in: -1000...Int(Int32.max))
                        }),
                    multiplier: draw.element([0, 0.5, 1, 1.5, 2, 10, 1e6, -3, .nan, .infinity]),
                    maximumDelay: .milliseconds(
                        draw.oneOf { _ in
                            0
                        } _: {
                            $0.int(in: 0...120_000)
                        } _: {
                            $0.int(in: -1000...Int(Int32.max))
                        }),
                    jitter: draw.element([0, 0.25, 0.5, 1, -0.5, 1.5, .nan, Double.random(in: 0...1, using: &draw)])),
                retry: draw.oneOf {
                    $0.int(in: 1...10)
                } _: {
                    $0.int(in: -5...100_000)
                } _: { _ in
                    Int.max
                },
                random: draw.oneOf {
                    Double.random(in: 0..<1, using: &$0)
                } _: {
                    $0.element([0, 0.999_999, 1, -1, .nan])
                })
        }

        /// The wait before jitter, from the documented formula with the documented clamps.
        static func base(_ backoff: RetryPolicy.Backoff, retry: Int) -> Double {
            let initial = max(backoff.initialDelay.inSeconds, 0)
            let maximum = max(backoff.maximumDelay.inSeconds, 0)
            guard initial > 0 else { return 0 }
            let multiplier = backoff.multiplier >= 1 ? backoff.multiplier : 1
            return min(initial * pow(multiplier, Double(max(retry, 1) - 1)), maximum)
        }

        @Test("Every wait lies in [0, maximum] and within the jitter bounds of its base (500 cases)")
        func waitBounds() async {
            await checkProperty(count: 500, input: Self.backoffCases) { test in
                let wait = test.backoff.delay(beforeRetry: test.retry, random: test.random).inSeconds
                let base = Self.base(test.backoff, retry: test.retry)
                let jitter = test.backoff.jitter >= 0 ? min(test.backoff.jitter, 1) : 0
                let tolerance = 1e-9 * max(base, 1)
                #expect(wait >= 0)
                #expect(wait <= max(test.backoff.maximumDelay.inSeconds, 0) + tolerance)
                #expect(wait <= base + tolerance, "jitter only shortens a wait")
                #expect(wait >= base * (1 - jitter) - tolerance, "jitter takes off at most jitter × base")
            }
        }

        @Test("Without jitter, waits never shrink from one retry to the next and stop at the maximum (300 cases)")
        func monotoneCaps() async {
            await checkProperty(count: 300, input: Self.backoffCases) { test in
                let retry = max(1, min(test.retry, 2000))
                let waits = (retry..<retry + 5).map { test.backoff.delay(beforeRetry: $0, random: 0) }
                #expect(waits == waits.sorted(), "\(waits)")
                #expect(waits.allSatisfy { $0 <= max(test.backoff.maximumDelay, .zero) })
                #expect(test.backoff.delay(beforeRetry: retry, random: test.random) <= waits[0])
            }
        }

        /// Headers with one field.
        static func headers(_ name: String, _ value: String) -> HTTPFields {
            var fields = HTTPFields()
            fields[HTTPField.Name(name)!] = value
            return fields
        }

        static let now = Date(timeIntervalSince1970: 1_750_000_000)

        @Test("Whole and decimal seconds, with white space around them, are read exactly (300 values)")
        func seconds() async {
            await checkProperty(
                count: 300,
                input: drawing { ($0.int(in: 0...10_000_000), $0.int(in: 0...999), $0.element(["", " ", "\t"])) }
            ) {
                seconds, millis, padding in
                let whole = RetryAfter.parse(
                    Self.headers("retry-after", padding + "\(seconds)" + padding), now: Self.now)
                #expect(whole == .seconds(seconds))
                let decimal = String(format: "%d.%03d", seconds, millis)
                #expect(
                    RetryAfter.parse(Self.headers("retry-after", decimal), now: Self.now)
                        == .milliseconds(seconds * 1000 + millis))
            }
        }

        @Test("retry-after-ms is read in milliseconds and wins over retry-after (300 values)")
        func milliseconds() async {
            await checkProperty(count: 300, input: drawing { ($0.int(in: 0...Int(Int32.max)), $0.int(in: 0...100)) }) {
                millis, seconds in
                var fields = Self.headers("retry-after-ms", "\(millis)")
                fields[HTTPField.Name("retry-after")!] = "\(seconds)"
                #expect(RetryAfter.parse(fields, now: Self.now) == .milliseconds(millis))
            }
        }

        @Test("An HTTP date asks for the time until then, or none once it has passed (300 dates)")
        func httpDates() async {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
            await checkProperty(count: 300, input: drawing { $0.int(in: -400_000_000...400_000_000) }) { offset in
                let text = formatter.string(from: Self.now.addingTimeInterval(Double(offset)))
                #expect(
                    RetryAfter.parse(Self.headers("retry-after", text), now: Self.now) == .seconds(max(offset, 0)),
                    "\(text)")
            }
        }

        @Test("Garbage gives no wait; nothing gives a negative one or crashes (500 values)")
        func garbage() async {
            let values = drawing { draw -> String in
                draw.oneOf {
                    $0.text()
                } _: {
                    $0.element([
                        "inf", "infinity", "-inf", "nan", "NaN", "1e400", "-1e400", "1e300", "9223372036854775807",
                        "99999999999999999999", "-0", "+5", "0x10", "5 seconds", "soon", "", " ", "-1", "-0.001",
                        "1e-400",
                        "Wed, 21 Oct 2015 07:28:00", "Wed, 32 Oct 2015 07:28:00 GMT", "tomorrow GMT",
                    ])
                } _: {
                    "\($0.double())"
                }
            }
            await checkProperty(count: 500, input: zip(values, drawing { $0.bool() })) { value, inMilliseconds in
                let fields = Self.headers(inMilliseconds ? "retry-after-ms" : "retry-after", value)
                let wait = RetryAfter.parse(fields, now: Self.now)
                #expect(wait.map { $0 >= .zero } ?? true, "\(value) gave \(String(describing: wait))")
                if let number = Double(value.trimmingCharacters(in: .whitespaces)), !number.isFinite || number < 0 {
                    #expect(wait == nil, "\(value) is no wait")
                }
            }
        }

        @Test("A server-chosen wait is used when it is within the policy's limit, the backoff otherwise (300 cases)")
        func policyUsesServerWait() async {
            await checkProperty(count: 300, input: drawing { ($0.int(in: 0...200_000), $0.int(in: 1...20)) }) {
                millis, retry in
                let policy = RetryPolicy(maximumRetryAfter: .seconds(60))
                let error = NeosantaraError(
                    kind: .rateLimited, message: "slow down", status: 429,
                    headers: Self.headers("retry-after-ms", "\(millis)"))
                let wait = policy.delay(beforeRetry: retry, after: error, random: 0)
                let expected =
                    millis <= 60_000
                    ? Duration.milliseconds(millis) : policy.backoff.delay(beforeRetry: retry, random: 0)
                #expect(wait == expected)
            }
        }
    }
}

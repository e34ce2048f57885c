import HTTPTypes
import NIOConcurrencyHelpers
import Testing

@testable import Neosantara

/// The polling loop, on a test clock: every wait is recorded, none is slept.
@Suite("Job poller")
struct JobPollerTests {
    /// A job as the test's fetches return it.
    struct Job: Equatable, Sendable {
        var status: String
    }

    /// Answers each fetch with the next of `statuses` (the last one again once they run out), or throws
    /// `failure` at the fetch it names; counts the fetches.
    final class Script: Sendable {
        private let statuses: [String]
        private let failure: (fetch: Int, error: NeosantaraError)?
        private let count = NIOLockedValueBox(0)

        init(_ statuses: [String], failing failure: (fetch: Int, error: NeosantaraError)? = nil) {
            self.statuses = statuses
            self.failure = failure
        }

        var fetches: Int { count.withLockedValue { $0 } }

        func fetch() throws(NeosantaraError) -> APIResponse<Job> {
            let number = count.withLockedValue { count in
                count += 1
                return count
            }
            if let failure, failure.fetch == number {
                throw failure.error
            }
            let status = statuses[min(number, statuses.count) - 1]
            return APIResponse(
                value: Job(status: status), httpStatus: 200, headers: [:], requestID: "req_poll_\(number)")
        }
    }

    static func poll(
        _ script: Script, clock: TestClock, options: PollingOptions, onProgress: ((Job) -> Void)? = nil
    ) async throws(NeosantaraError) -> APIResponse<Job> {
        try await JobPoller(clock: clock, options: options).poll(
            fetch: { () throws(NeosantaraError) in try script.fetch() },
            isFinished: { $0.status == "completed" },
            describeStatus: { $0.status },
            onProgress: onProgress)
    }

    @Test("The defaults: 1 s growing by half up to 30 s, no timeout")
    func defaults() {
        #expect(
            PollingOptions.default
                == PollingOptions(
                    initialInterval: .seconds(1), multiplier: 1.5,
                    maximumInterval: .seconds(30), timeout: nil))
    }

    @Test(
        "The waits grow by the multiplier up to the maximum",
        arguments: [
            (PollingOptions(), [1, 1.5, 2.25, 3.375, 5.0625]),
            (
                PollingOptions(initialInterval: .seconds(1), multiplier: 2, maximumInterval: .seconds(5)),
                [1, 2, 4, 5, 5]
            ),
            (PollingOptions(initialInterval: .seconds(2), multiplier: 0.5), [2, 2, 2, 2, 2]),
            (PollingOptions(initialInterval: .seconds(10), maximumInterval: .seconds(3)), [3, 3, 3, 3, 3]),
        ] as [(PollingOptions, [Double])])
    func intervals(options: PollingOptions, seconds: [Double]) async throws {
        let clock = TestClock()
        let script = Script(Array(repeating: "in_progress", count: seconds.count) + ["completed"])
        let response = try await Self.poll(script, clock: clock, options: options)
        #expect(response.value.status == "completed")
        #expect(clock.sleeps == seconds.map { .seconds($0) })
        #expect(script.fetches == seconds.count + 1)
    }

    @Test("A job finished at once is fetched once, with no wait")
    func finishedAtOnce() async throws {
        let clock = TestClock()
        let script = Script(["completed"])
        let response = try await Self.poll(script, clock: clock, options: PollingOptions(timeout: .seconds(5)))
        #expect(response.value == Job(status: "completed"))
        #expect(response.requestID == "req_poll_1")
        #expect(clock.sleeps.isEmpty)
        #expect(script.fetches == 1)
    }

    @Test("Every fetched job is reported, the finished one included")
    func progress() async throws {
        let seen = NIOLockedValueBox<[String]>([])
        let script = Script(["validating", "in_progress", "finalizing", "completed"])
        _ = try await Self.poll(script, clock: TestClock(), options: PollingOptions()) { job in
            seen.withLockedValue { $0.append(job.status) }
        }
        #expect(seen.withLockedValue { $0 } == ["validating", "in_progress", "finalizing", "completed"])
    }

    @Test("Past the timeout: the last wait is shortened to the deadline, the job fetched once more, then it throws")
    func timeout() async throws {
        let clock = TestClock()
        let script = Script(["in_progress"])
        let options = PollingOptions(multiplier: 2, timeout: .seconds(10))
        let error = await #expect(throws: NeosantaraError.self) {
            try await Self.poll(script, clock: clock, options: options)
        }
        #expect(clock.sleeps == [.seconds(1), .seconds(2), .seconds(4), .seconds(3)])
        #expect(script.fetches == 5)
        #expect(error?.kind == .timeout)
        #expect(error?.timeoutKind == .polling)
        #expect(error?.requestID == "req_poll_5")
        #expect(
            error?.message == "the job was still in_progress after 10.0 seconds of polling; it goes on on the server, "
                + "so fetch it again later or raise `PollingOptions.timeout`")
    }

    @Test("A job that finishes at the deadline's last fetch is returned")
    func finishesAtDeadline() async throws {
        let clock = TestClock()
        let script = Script(["in_progress", "in_progress", "completed"])
        let options = PollingOptions(multiplier: 2, timeout: .milliseconds(2500))
        let response = try await Self.poll(script, clock: clock, options: options)
        #expect(response.value.status == "completed")
        #expect(clock.sleeps == [.seconds(1), .milliseconds(1500)])
    }

    @Test("A zero timeout fetches once and gives up without waiting")
    func zeroTimeout() async throws {
        let clock = TestClock()
        let script = Script(["queued"])
        let error = await #expect(throws: NeosantaraError.self) {
            try await Self.poll(script, clock: clock, options: PollingOptions(timeout: .zero))
        }
        #expect(error?.timeoutKind == .polling)
        #expect(error?.message.contains("still queued after 0.0 seconds") == true)
        #expect(clock.sleeps.isEmpty)
        #expect(script.fetches == 1)
    }

    @Test("An error from a fetch ends the polling unchanged")
    func fetchError() async throws {
        let clock = TestClock()
        let failure = NeosantaraError(kind: .notFound, message: "no such batch", status: 404, requestID: "req_x")
        let script = Script(["in_progress"], failing: (2, failure))
        let error = await #expect(throws: NeosantaraError.self) {
            try await Self.poll(script, clock: clock, options: PollingOptions())
        }
        #expect(error?.kind == .notFound)
        #expect(error?.message == "no such batch")
        #expect(error?.status == 404)
        #expect(error?.requestID == "req_x")
        #expect(clock.sleeps == [.seconds(1)])
        #expect(script.fetches == 2)
    }

    @Test("The next fetch waits for the sleep before it to end")
    func fetchAfterSleep() async throws {
        let clock = TestClock(holdsSleeps: true)
        let script = Script(["in_progress", "completed"])
        let polling = Task { try await Self.poll(script, clock: clock, options: PollingOptions()) }
        try await withTimeout {
            await clock.waitUntilSleeping()
            #expect(script.fetches == 1)
            clock.releaseSleeps()
            let finished = try await polling.value
            #expect(finished.value.status == "completed")
        }
        #expect(script.fetches == 2)
    }

    @Test("Cancelling the task during a sleep ends the polling at once")
    func cancelDuringSleep() async throws {
        let clock = TestClock(holdsSleeps: true)
        let script = Script(["in_progress"])
        let polling = Task { try await Self.poll(script, clock: clock, options: PollingOptions()) }
        let result = try await withTimeout {
            await clock.waitUntilSleeping()
            polling.cancel()
            return await polling.result
        }
        let error = #expect(throws: NeosantaraError.self) { try result.get() }
        #expect(error?.kind == .cancelled)
        #expect(error?.message.contains("after 1 fetch") == true)
        #expect(script.fetches == 1)
        #expect(clock.sleeps == [.seconds(1)])
    }

    @Test("A task cancelled during a fetch does not wait or fetch again")
    func cancelDuringFetch() async throws {
        let clock = TestClock()
        let script = Script(["in_progress"])
        let result = await Task {
            try await JobPoller(clock: clock, options: PollingOptions()).poll(
                fetch: { () throws(NeosantaraError) in
                    withUnsafeCurrentTask { $0?.cancel() }
                    return try script.fetch()
                },
                isFinished: { $0.status == "completed" }, describeStatus: { $0.status })
        }.result
        let error = #expect(throws: NeosantaraError.self) { try result.get() }
        #expect(error?.kind == .cancelled)
        #expect(script.fetches == 1)
        #expect(clock.sleeps.isEmpty)
    }
}

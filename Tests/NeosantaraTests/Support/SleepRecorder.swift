import NIOConcurrencyHelpers

/// Stands in for the client's sleep between attempts: records each wait and returns at once, or, when
/// `suspends` is set, waits until the task is cancelled.
final class SleepRecorder: Sendable {
    private let recorded = NIOLockedValueBox<[Duration]>([])
    private let suspends: Bool

    init(suspends: Bool = false) {
        self.suspends = suspends
    }

    /// The waits asked for so far, in order.
    var delays: [Duration] { recorded.withLockedValue { $0 } }

    /// The function to give the client.
    var sleep: @Sendable (Duration) async throws -> Void {
        { [recorded, suspends] delay in
            recorded.withLockedValue { $0.append(delay) }
            if suspends {
                try await Task.sleep(for: .seconds(3600))
            }
        }
    }
}

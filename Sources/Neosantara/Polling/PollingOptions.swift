/// How often, and for how long, the SDK asks about a long-running job — a batch, a background response, a
/// video — while waiting for it to finish.
///
/// The job is fetched at once, and again after each wait until it reaches a terminal status. The first wait
/// is ``initialInterval``; each further wait is the one before times ``multiplier``, up to
/// ``maximumInterval``. With the defaults the waits are 1 s, 1.5 s, 2.25 s, 3.375 s, … and 30 s from the
/// tenth on.
///
/// ```swift
/// var polling = PollingOptions()
/// polling.initialInterval = .seconds(5)
/// polling.timeout = .seconds(600)    // give up waiting after 10 minutes
/// ```
///
/// Past ``timeout`` the wait throws a ``NeosantaraError/Kind/timeout`` error whose
/// ``NeosantaraError/timeoutKind`` is ``NeosantaraError/TimeoutKind/polling``. The job itself goes on on the
/// server: fetch it again later to see how it ended. Each fetch is retried as the client's retry policy says,
/// like any other call.
public struct PollingOptions: Sendable, Hashable {
    /// The wait after the first fetch. Defaults to 1 second.
    public var initialInterval: Duration
    /// The factor each further wait is multiplied by. Defaults to 1.5; values below 1 count as 1.
    public var multiplier: Double
    /// The longest wait between two fetches. Defaults to 30 seconds.
    public var maximumInterval: Duration
    /// The most time to wait for the job, counted from the first fetch; `nil` (the default) waits for as long as
    /// the job takes.
    ///
    /// A wait that would end past this limit is shortened to end at it, and the job is fetched one last time
    /// there before the call gives up.
    public var timeout: Duration?

    /// Creates polling options; the defaults are those of ``default``.
    ///
    /// - Parameters:
    ///   - initialInterval: The wait after the first fetch.
    ///   - multiplier: The factor each further wait is multiplied by.
    ///   - maximumInterval: The longest wait between two fetches.
    ///   - timeout: The most time to wait for the job, or `nil` for no limit.
    public init(
        initialInterval: Duration = .seconds(1),
        multiplier: Double = 1.5,
        maximumInterval: Duration = .seconds(30),
        timeout: Duration? = nil
    ) {
        self.initialInterval = initialInterval
        self.multiplier = multiplier
        self.maximumInterval = maximumInterval
        self.timeout = timeout
    }

    /// Waits of 1 s growing by half each time up to 30 s, for as long as the job takes.
    public static let `default` = PollingOptions()

    /// The wait that follows a wait of `interval`.
    func interval(after interval: Duration) -> Duration {
        min(interval * max(multiplier, 1), maximumInterval)
    }
}

extension NeosantaraTestServer {
    /// When the test server's batches move on to their next status.
    ///
    /// A batch goes `validating` → `in_progress` → (its requests run) → `finalizing` → `completed`, one step at
    /// a time. Which event takes a step is set here; ``NeosantaraTestServer/advanceBatch(_:)`` always takes one.
    ///
    /// ```swift
    /// var configuration = NeosantaraTestServer.Configuration()
    /// configuration.batchProgression = .manual        // only the test moves batches on
    /// ```
    public struct BatchProgression: Hashable, Sendable, CustomStringConvertible {
        private enum Trigger: Hashable, Sendable {
            case eachRetrieve
            case manual
        }

        private let trigger: Trigger

        /// Each `GET /v1/batches/{id}` takes one step before it answers, so a client that polls sees every
        /// status in turn and the batch completes after a few polls. The default, as `neosantara serve` runs.
        public static let onEachRetrieve = BatchProgression(trigger: .eachRetrieve)
        /// Only ``NeosantaraTestServer/advanceBatch(_:)`` and ``NeosantaraTestServer/finishBatch(_:)`` move a
        /// batch on: a schedule the test controls entirely.
        public static let manual = BatchProgression(trigger: .manual)

        /// Whether a retrieve takes a step.
        var advancesOnRetrieve: Bool { trigger == .eachRetrieve }

        /// `onEachRetrieve` or `manual`.
        public var description: String { trigger == .eachRetrieve ? "onEachRetrieve" : "manual" }
    }
}

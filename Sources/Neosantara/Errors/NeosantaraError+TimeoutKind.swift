extension NeosantaraError {
    /// Which time limit a ``NeosantaraError/Kind/timeout`` error hit.
    ///
    /// Timeout kinds are static members rather than enum cases, so that a new one is not a breaking change.
    public struct TimeoutKind: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The kind's name, for example `idle`.
        public var description: String { name }

        /// No connection to the server could be made within the connect timeout.
        public static let connect = TimeoutKind("connect")
        /// The response did not arrive within the request timeout: its head, for a stream; all of it,
        /// for any other call.
        public static let request = TimeoutKind("request")
        /// The response body paused for longer than the idle timeout between two chunks.
        public static let idle = TimeoutKind("idle")
        /// A long-running job had not finished within ``PollingOptions/timeout``. The job goes on on the
        /// server: fetch it again later to see how it ends.
        public static let polling = TimeoutKind("polling")
    }
}

import Foundation
import Logging
import Neosantara

/// Logs one line per request, once its response is written: method, path, outcome and duration.
///
/// The line never holds headers or bodies, so it never holds the API key.
struct RequestLog: Sendable {
    let logger: Logger
    let method: String
    let path: String
    let start: ContinuousClock.Instant

    /// Logs `outcome`, for example `200` or `200, closed after 2 events`, with the time since the request
    /// arrived.
    func record(_ outcome: String) {
        let elapsed = ContinuousClock.now - start
        logger.info("\(method) \(path) \(outcome) \(String(format: "%.1f", elapsed.inMilliseconds)) ms")
    }
}

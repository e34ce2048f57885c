/// The error ``withTimeout(_:_:)`` throws when time runs out.
struct TimedOut: Error, CustomStringConvertible {
    var limit: Duration
    var description: String { "the test did not finish within \(limit)" }
}

/// Runs `body`, cancelling it and throwing ``TimedOut`` if it takes longer than `limit`, so that a test that
/// would hang fails instead.
func withTimeout<Result: Sendable>(
    _ limit: Duration = .seconds(20),
    _ body: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw TimedOut(limit: limit)
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

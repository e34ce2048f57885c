extension Task where Failure == any Error {
    /// Runs `operation` in a task of its own at the current priority, started on this thread and run here
    /// until it first has to wait where the platform has `Task.immediate`: a body reader whose data has
    /// already arrived then costs no hop between threads.
    static func startingHere(_ operation: @escaping @Sendable () async throws -> Success) -> Task {
        let priority = Task<Never, Never>.currentPriority
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            return Task.immediate(priority: priority, operation: operation)
        }
        return Task(priority: priority, operation: operation)
    }
}

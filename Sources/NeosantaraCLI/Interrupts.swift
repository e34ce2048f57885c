import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C handling: while a reply runs, Ctrl-C cancels it; otherwise it ends the tool with status 130.
final class Interrupts: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelCurrent: (@Sendable () -> Void)?
    private let source: any DispatchSourceSignal

    /// Starts handling SIGINT for the rest of the process.
    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.interrupt() }
        source.resume()
    }

    private func interrupt() {
        let cancel = lock.withLock { () -> (@Sendable () -> Void)? in
            defer { cancelCurrent = nil }
            return cancelCurrent
        }
        guard let cancel else {
            Terminal.note("")
            exit(ExitStatus.interrupted)
        }
        cancel()
    }

    /// Runs `operation` so that Ctrl-C cancels it instead of ending the tool.
    func cancellable<Result: Sendable>(_ operation: @escaping @Sendable () async throws -> Result) async throws
        -> Result
    {
        let task = Task { try await operation() }
        lock.withLock { cancelCurrent = { task.cancel() } }
        defer { lock.withLock { cancelCurrent = nil } }
        return try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            task.cancel()
        }
    }
}

/// A fuzz target: a name and a function of the input bytes that stops the process (a trap that libFuzzer reports
/// as a crash) when a property does not hold.
struct FuzzTarget: Sendable {
    /// The target's name, as `run.sh` and the corpus folder `Corpus/<name>` spell it.
    let name: String
    /// Checks one input.
    let run: @Sendable (UnsafeRawBufferPointer) -> Void

    /// Every target.
    static let all: [FuzzTarget] = [
        serverSentEvents, fastDecoding, fastEncoding, chunkAccumulator, multipart, batchResults, webhooks,
        eventStreams, testServer,
    ]

    /// The target the program runs, chosen by its first argument.
    nonisolated(unsafe) static var selected: FuzzTarget?

    /// The target called `name`.
    static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }
}

/// Stops the process with `message` when `condition` is false: the fuzzer records the input as a crash.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        fatalError("property failed: \(message())")
    }
}
